/**
 * Sentence openers and closers learned from data: for each frequent word (lower-cased), how often
 * it starts a sentence and how often it is the last word of one (ignoring final punctuation), as
 * small rate buckets. "thanks", "hi", "regards" get high buckets; "the" opens often but closes never.
 * One dense feature per side generalises where per-word weights would need many examples.
 */
import { DyadError } from '../util/errors.js';
import { hashLower } from './sbd-tokens.js';

/** Words seen fewer times than this get bucket 0 ("unknown"). */
export const MIN_WORD_COUNT = 5;

/** Rate in [0, 1] to a bucket 1..8. */
export function rateBucket(r: number): number {
  if (r < 0.01) return 1;
  if (r < 0.05) return 2;
  if (r < 0.1) return 3;
  if (r < 0.2) return 4;
  if (r < 0.35) return 5;
  if (r < 0.5) return 6;
  return r < 0.7 ? 7 : 8;
}

export class SbdLexicon {
  /** Lower-cased form hash -> opener bucket * 16 + closer bucket. */
  private readonly buckets: Map<number, number>;

  constructor(buckets: Map<number, number>) {
    this.buckets = buckets;
  }

  opener(formHash: number): number {
    return (this.buckets.get(formHash) ?? 0) >> 4;
  }

  closer(formHash: number): number {
    return (this.buckets.get(formHash) ?? 0) & 15;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** From sentences given as word forms (final punctuation included or not). */
  static fromSentences(sentences: readonly (readonly string[])[], minCount = MIN_WORD_COUNT): SbdLexicon {
    const total = new Map<number, number>();
    const first = new Map<number, number>();
    const last = new Map<number, number>();
    const inc = (m: Map<number, number>, h: number) => m.set(h, (m.get(h) ?? 0) + 1);
    for (const words of sentences) {
      for (const w of words) inc(total, hashLower(w, 0, w.length));
      const a = words.findIndex(isWordy);
      let z = words.length - 1;
      while (z >= 0 && !isWordy(words[z])) z--;
      if (a >= 0) inc(first, hashLower(words[a], 0, words[a].length));
      if (z >= 0) inc(last, hashLower(words[z], 0, words[z].length));
    }
    const buckets = new Map<number, number>();
    for (const [h, n] of total) {
      if (n < minCount) continue;
      buckets.set(h, rateBucket((first.get(h) ?? 0) / n) * 16 + rateBucket((last.get(h) ?? 0) / n));
    }
    return new SbdLexicon(buckets);
  }

  /** [hash, code, hash, code, ...] sorted by hash, for the model file. */
  toJSON(): number[] {
    return [...this.buckets].sort((a, b) => a[0] - b[0]).flat();
  }

  static fromJSON(data: unknown, file: string): SbdLexicon {
    if (!Array.isArray(data) || data.length % 2 !== 0 || !data.every((x) => Number.isInteger(x))) {
      throw new DyadError('E_MODEL', 'sentence-boundary lexicon is malformed', { file });
    }
    const buckets = new Map<number, number>();
    for (let i = 0; i < data.length; i += 2) buckets.set(data[i] as number, data[i + 1] as number);
    return new SbdLexicon(buckets);
  }
}

/** A word with a letter or digit in it (not punctuation). */
function isWordy(w: string): boolean {
  return /[\p{L}\p{N}]/u.test(w);
}
