/**
 * Read-only views of one parsed sentence that the event coder needs again and again: children
 * lists, subtree extents, the base relation of a word. Built once per sentence.
 */
import type { ParsedSentence } from '../../syntax/types.js';

/** The dictionaries write currencies as words (&CURRENCY): "$1 billion" is matched as "DOLLAR 1 billion". */
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([['$', 'DOLLAR'], ['US$', 'DOLLAR'], ['€', 'EURO'], ['£', 'POUND'], ['¥', 'YEN']]);

/**
 * A word as the dictionaries write it. A Map, not an object literal: `CURRENCY_SIGNS[w]` made V8
 * internalise every word of every sentence, and gave words such as "constructor" or "toString" the
 * object's inherited functions as their upper-cased form.
 */
function upperForm(w: string): string {
  const sign = CURRENCY_SIGNS.get(w);
  if (sign !== undefined) return sign;
  const u = w.toUpperCase();
  return u.includes('\u2019') || u.includes('\u2018') ? u.replace(/[’‘]/g, "'") : u;
}

export class Tree {
  readonly s: ParsedSentence;
  readonly n: number;
  /** Children of each word (0-based), in word order. */
  readonly kids: number[][];
  /** Upper-cased forms, currency signs as their words. */
  readonly upper: string[];
  /**
   * The upper-cased forms as a set, for quick "could this pattern match here" checks, with each
   * hyphenated word of letters the tokenizer split ("sit - in") also whole ("SIT-IN"), as patterns write it.
   */
  readonly wordSet: ReadonlySet<string>;
  /** base() of each word, cut once: the coder asks for it again and again. */
  private readonly bases: string[];
  private readonly lowers: (string | undefined)[] = [];
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;

  constructor(s: ParsedSentence) {
    this.s = s;
    this.n = s.words.length;
    this.kids = [];
    for (let i = 0; i < this.n; i++) this.kids.push([]);
    for (let i = 0; i < this.n; i++) {
      const h = s.head[i] - 1;
      if (h >= 0 && h < this.n && h !== i) this.kids[h].push(i);
    }
    this.upper = s.words.map(upperForm);
    this.wordSet = new Set(this.upper);
    const letters = (k: number) => /^[A-Z]+$/.test(this.upper[k]);
    for (let i = 1; i + 1 < this.n; i++) {
      if (s.words[i] === '-' && letters(i - 1) && letters(i + 1)) (this.wordSet as Set<string>).add(`${this.upper[i - 1]}-${this.upper[i + 1]}`);
    }
    this.bases = [];
    for (let i = 0; i < this.n; i++) {
      const r = s.deprel[i] ?? '';
      const c = r.indexOf(':');
      this.bases.push(c < 0 ? r : r.slice(0, c));
    }
    this.lo = new Int32Array(this.n).fill(-1);
    this.hi = new Int32Array(this.n).fill(-1);
  }

  /** 0-based head of word i, or -1 for the root. */
  head(i: number): number {
    return this.s.head[i] - 1;
  }

  /** Full relation ("obl:tmod"). */
  rel(i: number): string {
    return this.s.deprel[i] ?? '';
  }

  /** Relation without its subtype ("obl"). */
  base(i: number): string {
    return this.bases[i] ?? '';
  }

  upos(i: number): string {
    return this.s.upos[i] ?? '';
  }

  lower(i: number): string {
    // Cut once per word: the coder's rules ask for the same words' lower case again and again.
    return (this.lowers[i] ??= this.s.words[i].toLowerCase().replace(/[’‘]/g, "'"));
  }

  /** Children of i with this relation (full "nsubj:pass" or base "nsubj"). */
  children(i: number, rel: string): number[] {
    return this.kids[i].filter((k) => this.rel(k) === rel || this.base(k) === rel);
  }

  child(i: number, rel: string): number {
    return this.children(i, rel)[0] ?? -1;
  }

  /** First and last word of i's subtree (the parser's trees are projective, so it is a range). */
  extent(i: number): [number, number] {
    if (this.lo[i] < 0) this.computeExtent(i);
    return [this.lo[i], this.hi[i]];
  }

  private computeExtent(root: number): void {
    // Iterative post-order so deep trees cannot overflow the stack.
    const stack: [number, boolean][] = [[root, false]];
    while (stack.length) {
      const [i, done] = stack.pop()!;
      if (this.lo[i] >= 0) continue;
      if (!done) {
        stack.push([i, true]);
        for (const k of this.kids[i]) if (this.lo[k] < 0) stack.push([k, false]);
        continue;
      }
      let lo = i, hi = i;
      for (const k of this.kids[i]) {
        lo = Math.min(lo, this.lo[k]);
        hi = Math.max(hi, this.hi[k]);
      }
      this.lo[i] = lo;
      this.hi[i] = hi;
    }
  }

  /** True when d is i or lies below i. */
  dominates(i: number, d: number): boolean {
    for (let k = d, guard = 0; k >= 0 && guard <= this.n; k = this.head(k), guard++) if (k === i) return true;
    return false;
  }

  /** Words of i's subtree, in order, skipping the subtrees of the given children. */
  subtreeWords(i: number, skip: (k: number) => boolean = () => false): number[] {
    const out: number[] = [];
    const walk = (j: number) => {
      for (const k of this.kids[j]) if (k < j && !skip(k)) walk(k);
      out.push(j);
      for (const k of this.kids[j]) if (k > j && !skip(k)) walk(k);
    };
    walk(i);
    return out;
  }

  /** Offsets [start, end) of words a..b, or null when the words carry no offsets. */
  span(a: number, b: number): [number, number] | null {
    const s = this.s.start[a], e = this.s.end[b];
    return s >= 0 && e >= 0 ? [s, e] : null;
  }

  /** True for a passive clause: nsubj:pass, aux:pass or expl:pass under i. */
  isPassive(i: number): boolean {
    return this.kids[i].some((k) => /^(nsubj|aux|csubj|expl):pass$/.test(this.rel(k)));
  }
}
