/** Tagging accuracy against gold CoNLL-U, on gold tokens. */
import type { ConlluSentence } from '../conllu.js';
import type { Tagger } from './tagger.js';

export interface TagAccuracy {
  /** Fractions in [0, 1]. */
  upos: number;
  xpos: number;
  tokens: number;
}

export function evalTagger(tagger: Tagger, gold: ConlluSentence[]): TagAccuracy {
  let tokens = 0;
  let upos = 0;
  let xpos = 0;
  for (const s of gold) {
    const t = tagger.tag(s.words.map((w) => w.form));
    for (let i = 0; i < s.words.length; i++) {
      tokens++;
      if (t.upos[i] === s.words[i].upos) upos++;
      if (t.xpos[i] === s.words[i].xpos) xpos++;
    }
  }
  return { upos: tokens ? upos / tokens : 0, xpos: tokens ? xpos / tokens : 0, tokens };
}
