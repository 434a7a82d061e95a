/**
 * Finds the actor a dependency subtree stands for, from the mentions actor resolution found in
 * the sentence (src/coding/actors). "the leader of Arnor" -> the mention headed nearest the top of
 * the subtree; a compound mention ("Arnor and Gondor") expands to its members.
 */
import type { ActorMention } from '../actors/types.js';
import type { Tree } from './tree.js';

/** Clausal relations whose actors belong to another predicate. */
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'csubj']);

export class Mentions {
  readonly list: readonly ActorMention[];
  private readonly byWord: (ActorMention | undefined)[];

  constructor(list: readonly ActorMention[], n: number) {
    this.list = list;
    this.byWord = new Array(n);
    // Shorter mentions win a word: "Arnor" inside "the embassy of Arnor" stays Arnor's.
    const bySize = [...list].sort((a, b) => (b.last - b.first) - (a.last - a.first));
    for (const m of bySize) for (let w = Math.max(0, m.first); w <= Math.min(n - 1, m.last); w++) this.byWord[w] = m;
  }

  /** The mention covering word w. */
  at(w: number): ActorMention | undefined {
    return w >= 0 ? this.byWord[w] : undefined;
  }

  /**
   * The actor of the subtree rooted at i: the mention covering i, else the mention in its
   * subtree (outside embedded clauses) whose head is fewest steps below i, leftmost on a tie (a
   * possessive pronoun loses a tie).
   */
  forSubtree(t: Tree, i: number): ActorMention | undefined {
    if (i < 0) return undefined;
    const own = this.at(i);
    if (own) return own;
    // Conjoined nominals no mention covers, each with its own actor ("Ithilen's sheep and the goats
    // of Gondor"): one compound of their actors, as a conjoined list of names is.
    const conjs = t.kids[i].filter((c) => t.base(c) === 'conj' && /^(NOUN|PROPN)$/.test(t.upos(c)));
    const first = this.nearest(t, i, conjs);
    if (!conjs.length || !first) return this.nearest(t, i, []);
    const members = [first, ...conjs.map((c) => this.forSubtree(t, c))].flatMap(membersOf).filter((m) => m.code);
    const distinct = members.filter((m, k) => members.findIndex((x) => x.actor === m.actor) === k);
    if (distinct.length < 2) return this.nearest(t, i, []);
    return { ...distinct[0], first: Math.min(...distinct.map((m) => m.first)), last: Math.max(...distinct.map((m) => m.last)), head: i, members: distinct };
  }

  /** forSubtree's nearest mention, with the branches under `skip` left out (no mention covering i itself). */
  forSubtreeSkipping(t: Tree, i: number, skip: readonly number[]): ActorMention | undefined {
    return i < 0 || this.at(i) ? this.forSubtree(t, i) : this.nearest(t, i, skip);
  }

  /** The mention in i's subtree (outside embedded clauses and the skipped branches) whose head is fewest steps below i. */
  private nearest(t: Tree, i: number, skip: readonly number[]): ActorMention | undefined {
    let best: ActorMention | undefined;
    let bestDepth = Infinity;
    for (const m of this.list) {
      // A possessive pronoun ranks half a step lower: "its European Community partners" are the
      // Community's members, not "it".
      const d = depthBelow(t, i, m.head, skip) + (m.via === 'coref' && t.rel(m.head) === 'nmod:poss' && t.upos(m.head) === 'PRON' ? 0.5 : 0);
      if (d >= 0 && d < bestDepth) { best = m; bestDepth = d; }
    }
    return best;
  }
}

/** Steps from i down to w, or -1 when w is not below i or the path crosses a clause boundary or a skipped word. */
function depthBelow(t: Tree, i: number, w: number, skip: readonly number[]): number {
  let d = 0;
  for (let k = w, guard = 0; k >= 0 && guard <= t.n; guard++) {
    if (k === i) return d;
    if (CLAUSAL.has(t.base(k)) || skip.includes(k)) return -1;
    // A modifier of a compound is still a modifier of the phrase's head: in "the US arms sale to
    // Taiwan" ("the American arms sale") the US is as near "sale" as Taiwan is (and first).
    const h = t.head(k);
    if (!(/^(compound|amod)$/.test(t.rel(k)) && h >= 0 && t.rel(h) === 'compound' && h > k)) d++;
    k = h;
  }
  return -1;
}

/** The members of a compound mention, or the mention itself. */
export function membersOf(m: ActorMention | undefined): ActorMention[] {
  if (!m) return [];
  return m.members && m.members.length ? m.members : [m];
}
