/**
 * What the network reads of each word: its normalised form (a vocabulary of the training words seen
 * at least twice), its last three letters (hashed), its two tags and the shape of its letters.
 * Position 0 of every encoded sentence is the artificial root.
 */
export interface Vocab {
  words: string[];
  upos: string[];
  xpos: string[];
  labels: string[];
}

export interface Encoded {
  /** One entry per position, the root first: T = words + 1. */
  word: Int32Array;
  suffix: Int32Array;
  upos: Int32Array;
  xpos: Int32Array;
  shape: Int32Array;
}

/** Word ids 0 and 1, tag ids 0 and 1: unknown and root. */
export const UNKNOWN = 0;
export const ROOT = 1;
export const SHAPES = 7;

export function normalise(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

export function shapeOf(form: string): number {
  if (/^[\p{P}\p{S}]+$/u.test(form)) return 5;
  if (/[0-9]/.test(form)) return 4;
  if (/^\p{Ll}+$/u.test(form)) return 1;
  if (/^\p{Lu}\p{Ll}/u.test(form)) return 2;
  if (/^\p{Lu}+$/u.test(form)) return 3;
  return 6;
}

export function suffixBucket(form: string, buckets: number): number {
  const s = normalise(form).slice(-3);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return 2 + ((h >>> 0) % (buckets - 2));
}

/** The vocabulary's lookups, built once per model. */
export class Lookup {
  readonly word: Map<string, number>;
  readonly upos: Map<string, number>;
  readonly xpos: Map<string, number>;
  readonly label: Map<string, number>;

  constructor(readonly vocab: Vocab, readonly buckets: number) {
    const index = (list: string[]) => new Map(list.map((w, i) => [w, i + 2]));
    this.word = index(vocab.words);
    this.upos = index(vocab.upos);
    this.xpos = index(vocab.xpos);
    this.label = new Map(vocab.labels.map((l, i) => [l, i]));
  }

  encode(words: string[], upos: string[], xpos: string[]): Encoded {
    const T = words.length + 1;
    const e: Encoded = { word: new Int32Array(T), suffix: new Int32Array(T), upos: new Int32Array(T), xpos: new Int32Array(T), shape: new Int32Array(T) };
    e.word[0] = e.upos[0] = e.xpos[0] = ROOT;
    e.suffix[0] = ROOT;
    for (let i = 0; i < words.length; i++) {
      e.word[i + 1] = this.word.get(normalise(words[i])) ?? UNKNOWN;
      e.suffix[i + 1] = suffixBucket(words[i], this.buckets);
      e.upos[i + 1] = this.upos.get(upos[i]) ?? UNKNOWN;
      e.xpos[i + 1] = this.xpos.get(xpos[i]) ?? UNKNOWN;
      e.shape[i + 1] = shapeOf(words[i]);
    }
    return e;
  }
}
