/**
 * Lookup structures the matcher needs on top of a verb dictionary, built once per dictionary:
 * synset phrases by first word (a set like &CURRENCY has hundreds of phrases), and for each
 * pattern the literal words it cannot match without, so patterns whose words are not in the
 * sentence are skipped before any tree walking.
 */
import { pluralNoun } from '../../dict/morphology.js';
import type { PatternElement, VerbDictionary, VerbPattern } from '../../dict/verbs.js';

export class VerbIndex {
  readonly dict: VerbDictionary;
  private readonly synsetFirst = new Map<string, Map<string, string[][]>>();
  /** Per pattern: alternatives [word, plural] of each literal word it needs. */
  private readonly needs = new Map<VerbPattern, string[][]>();

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
    for (const b of dict.blocks) for (const p of b.patterns) this.needs.set(p, literalWords(p.elements));
  }

  /** Phrases of synset `name` that start with `word`. */
  synsetPhrases(name: string, word: string): readonly string[][] {
    return this.synsetFirst.get(name)?.get(word) ?? [];
  }

  /** False when some literal word of the pattern (or its plural) is not among the sentence's words. */
  possible(p: VerbPattern, words: ReadonlySet<string>): boolean {
    const needs = this.needs.get(p);
    if (!needs) return true;
    for (let i = 0; i < needs.length; i++) {
      const alts = needs[i];
      if (!words.has(alts[0]) && (alts.length < 2 || !words.has(alts[1]))) return false;
    }
    return true;
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
