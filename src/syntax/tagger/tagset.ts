/**
 * The tagger's classes: each is one (UPOS, XPOS) pair seen in training. Predicting the pair jointly
 * keeps the two tag sets consistent and resolves XPOS->UPOS ambiguity (IN: ADP or SCONJ, DT: DET or
 * PRON, RB: ADV or PART) from context rather than by a fixed mapping.
 */
import type { ConlluSentence } from '../conllu.js';
import { DyadError } from '../../util/errors.js';

export class TagSet {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  private readonly index = new Map<string, Map<string, number>>();

  constructor(upos: readonly string[], xpos: readonly string[]) {
    if (upos.length !== xpos.length || upos.length === 0) throw new DyadError('E_MODEL', 'tag set is empty or uneven');
    this.upos = upos;
    this.xpos = xpos;
    for (let c = 0; c < upos.length; c++) {
      let byX = this.index.get(upos[c]);
      if (!byX) this.index.set(upos[c], (byX = new Map()));
      byX.set(xpos[c], c);
    }
  }

  get size(): number {
    return this.upos.length;
  }

  /** The class of a pair, or -1 if it never occurred in training. */
  classOf(upos: string, xpos: string): number {
    return this.index.get(upos)?.get(xpos) ?? -1;
  }

  /** Every pair in the sentences, most frequent first (ties by name, so the order is reproducible). */
  static fromSentences(sents: readonly ConlluSentence[]): TagSet {
    const counts = new Map<string, { u: string; x: string; n: number }>();
    for (const s of sents) {
      for (const w of s.words) {
        const key = `${w.upos} ${w.xpos}`;
        const e = counts.get(key);
        if (e) e.n++;
        else counts.set(key, { u: w.upos, x: w.xpos, n: 1 });
      }
    }
    const list = [...counts.values()].sort((a, b) => b.n - a.n || (a.u + ' ' + a.x < b.u + ' ' + b.x ? -1 : 1));
    return new TagSet(list.map((e) => e.u), list.map((e) => e.x));
  }
}
