/**
 * Word dropout for training: a rare word (its lowercase seen at most `maxCount` times in training)
 * is made to look unseen with probability `rate` each time its sentence is decoded, so the weights of
 * suffixes, shape and context learn to tag the words that are missing from the lexicon at run time
 * (8-9% of EWT dev tokens, tagged far worse than known words).
 */
import { PAD, type WordCodes } from './words.js';

export interface WordDropoutOptions {
  maxCount: number;
  rate: number;
}

/**
 * Returns, for sentence i, a callback for Decoder.load that forgets the sentence's rare words at
 * random, or undefined if the sentence has none (or dropout is off).
 */
export function wordDropout(sents: readonly (readonly string[])[], opts: WordDropoutOptions, rand: () => number):
  (i: number) => ((codes: WordCodes) => void) | undefined {
  if (opts.rate <= 0 || opts.maxCount <= 0) return () => undefined;
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s) {
    const l = w.toLowerCase();
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const rare = sents.map((s) => s.flatMap((w, j) => ((counts.get(w.toLowerCase()) ?? 0) <= opts.maxCount ? [j] : [])));
  return (i) => {
    const words = rare[i];
    if (words.length === 0) return undefined;
    return (codes) => {
      for (const j of words) {
        // A fresh random code each time: never the same row twice, so it learns nothing lasting.
        if (rand() < opts.rate) codes.forget(j + PAD, (rand() * 0x100000000) >>> 0);
      }
    };
  };
}
