/**
 * Lookup structures the matcher needs on top of a verb dictionary, built once per dictionary:
 * synset phrases by first word (a set like &CURRENCY has hundreds of phrases), and for each
 * pattern the literal words it cannot match without, so patterns whose words are not in the
 * sentence are skipped before any tree walking.
 */
import { pluralNoun } from '../../dict/morphology.js';
import type { PatternElement, VerbDictionary } from '../../dict/verbs.js';

export class VerbIndex {
  readonly dict: VerbDictionary;
  private readonly synsetFirst = new Map<string, Map<string, string[][]>>();
  /** The literal words of all patterns (and their plurals), numbered. */
  private readonly wordIds = new Map<string, number>();
  /**
   * Per block, the literal words pattern k needs: pairs (word id, plural id or -1) at
   * ids[start[k]] .. ids[start[k + 1]]. Flat integer arrays, as the matcher checks every pattern of
   * a verb's block and most fail here: walking pattern objects and a Map keyed by them was slower
   * than the check itself.
   */
  private readonly needs: { start: Int32Array; ids: Int32Array }[] = [];
  /** stamp[id] === gen: word id is in the sentence whose word set is stampedFor. */
  private stamp = new Int32Array(0);
  private gen = 0;
  private stampedFor: ReadonlySet<string> | null = null;

  constructor(dict: VerbDictionary) {
    this.dict = dict;
    for (const [name, set] of dict.synsets) {
      const byFirst = new Map<string, string[][]>();
      for (const p of set.phrases) {
        const list = byFirst.get(p[0]);
        if (list) list.push(p);
        else byFirst.set(p[0], [p]);
      }
      this.synsetFirst.set(name, byFirst);
    }
    const id = (w: string): number => {
      let k = this.wordIds.get(w);
      if (k === undefined) this.wordIds.set(w, (k = this.wordIds.size));
      return k;
    };
    for (const b of dict.blocks) {
      const start = new Int32Array(b.patterns.length + 1);
      const ids: number[] = [];
      b.patterns.forEach((p, k) => {
        for (const [word, plural] of literalWords(p.elements)) ids.push(id(word), plural === undefined ? -1 : id(plural));
        start[k + 1] = ids.length;
      });
      this.needs.push({ start, ids: Int32Array.from(ids) });
    }
    this.stamp = new Int32Array(this.wordIds.size);
  }

  /** Phrases of synset `name` that start with `word`. */
  synsetPhrases(name: string, word: string): readonly string[][] {
    return this.synsetFirst.get(name)?.get(word) ?? [];
  }

  /**
   * False when some literal word of pattern k of block `block` (or its plural) is not among the
   * sentence's words (Tree.wordSet, read once per sentence).
   */
  possible(block: number, k: number, words: ReadonlySet<string>): boolean {
    if (words !== this.stampedFor) this.stampWords(words);
    const needs = this.needs[block];
    // A pattern added to the dictionary after this index was built needs nothing, as far as it knows.
    if (needs === undefined || k + 1 >= needs.start.length) return true;
    const { start, ids } = needs;
    const { stamp, gen } = this;
    for (let j = start[k]; j < start[k + 1]; j += 2) {
      const plural = ids[j + 1];
      if (stamp[ids[j]] !== gen && (plural < 0 || stamp[plural] !== gen)) return false;
    }
    return true;
  }

  private stampWords(words: ReadonlySet<string>): void {
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0);
      this.gen = 0;
    }
    this.gen++;
    for (const w of words) {
      const k = this.wordIds.get(w);
      if (k !== undefined) this.stamp[k] = this.gen;
    }
    this.stampedFor = words;
  }
}

function literalWords(els: readonly PatternElement[]): string[][] {
  const out: string[][] = [];
  const add = (w: string) => {
    const pl = pluralNoun(w);
    out.push(pl ? [w, pl] : [w]);
  };
  for (const el of els) {
    if (el.kind === 'word') add(el.word);
    else if (el.kind === 'phrase') for (const t of el.terms) { if (t.kind === 'word') add(t.word); }
    else if (el.kind === 'prep') {
      if (el.prep.kind === 'word') add(el.prep.word);
      out.push(...literalWords(el.objects));
    }
  }
  return out;
}
