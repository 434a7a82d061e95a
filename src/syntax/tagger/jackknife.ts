/**
 * Jackknifed tags for a training set: each fold is tagged by a model trained on the other folds, so
 * a parser trained on them sees tagging errors like those it will meet at run time.
 */
import type { ConlluSentence } from '../conllu.js';
import { trainTagger, type TrainTaggerOptions } from './train.js';

export interface JackknifeTags {
  upos: string[][];
  xpos: string[][];
}

/** Sentence i goes to fold i % folds (interleaved, so each fold spans every genre of the treebank). */
export function jackknifeTags(train: ConlluSentence[], folds: number, opts: TrainTaggerOptions = {}): JackknifeTags {
  if (!Number.isInteger(folds) || folds < 2) throw new RangeError(`jackknife needs at least 2 folds, got ${folds}`);
  const upos: string[][] = new Array(train.length);
  const xpos: string[][] = new Array(train.length);
  const log = opts.log ?? (() => {});
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, i) => i % folds !== f);
    const tagger = trainTagger(rest, { ...opts, dev: undefined, log: (s) => log(`fold ${f + 1}/${folds}: ${s}`) });
    for (let i = f; i < train.length; i += folds) {
      const t = tagger.tag(train[i].words.map((w) => w.form));
      upos[i] = t.upos;
      xpos[i] = t.xpos;
    }
  }
  return { upos, xpos };
}
