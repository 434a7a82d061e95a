/**
 * Training: greedy decoding with perceptron updates on each mistake, over the sentences in a
 * shuffled order per epoch (seeded, so a run is reproducible). Each pass of the two-pass model is
 * trained on the same sentence in turn; the second pass sees the first pass's current guesses, so it
 * learns how far to trust them.
 */
import type { ConlluSentence } from '../conllu.js';
import { PerceptronTrainer } from '../perceptron.js';
import { Decoder } from './decode.js';
import { wordDropout, type WordDropoutOptions } from './dropout.js';
import { evalTagger } from './evaluate.js';
import { ExternalLexicon, type ExternalGate } from './external.js';
import { DEFAULT_LEXICON_OPTIONS, Lexicon, type LexiconOptions } from './lexicon.js';
import { Tagger } from './tagger.js';
import { TagSet } from './tagset.js';

export interface TrainTaggerOptions {
  epochs?: number;
  seed?: number;
  /** If given, accuracy on it is logged after each epoch. */
  dev?: ConlluSentence[];
  log?: (s: string) => void;
  /** log2 of the number of hashed feature rows while training. */
  rowBits?: number;
  /** Averaged weights below this magnitude are dropped from the model. */
  minWeight?: number;
  twoPass?: boolean;
  lexicon?: Partial<LexiconOptions>;
  /** Word dropout (see dropout.ts); off if rate is 0. */
  dropout?: WordDropoutOptions;
  /** Train a right-to-left model: it reads each sentence reversed (Tagger.reverse). */
  reverse?: boolean;
  /** An external lexicon (word -> PTB tags) to keep in the model and read as features (external.ts). */
  external?: ExternalTable;
}

export interface ExternalTable {
  table: Readonly<Record<string, readonly string[]>>;
  gate: ExternalGate;
  /** Where the table came from (kept in the model). */
  source: string;
}

export const DEFAULT_EPOCHS = 8;
/** 2^21 rows: fewer hash collisions than 2^20 (+0.1 UPOS on dev); 1.7 GB while training. */
export const DEFAULT_ROW_BITS = 21;
/** Dropping weights below this loses nothing on dev and cuts the model by a tenth (README). */
export const DEFAULT_MIN_WEIGHT = 0.5;

/** Off until chosen on dev. */
export const DEFAULT_DROPOUT: WordDropoutOptions = { maxCount: 0, rate: 0 };

export function trainTagger(train: ConlluSentence[], opts: TrainTaggerOptions = {}): Tagger {
  const epochs = opts.epochs ?? DEFAULT_EPOCHS;
  const twoPass = opts.twoPass ?? true;
  const log = opts.log ?? (() => {});
  const tags = TagSet.fromSentences(train);
  const lexicon = Lexicon.build(train, tags, { ...DEFAULT_LEXICON_OPTIONS, ...opts.lexicon });
  if (opts.external) {
    const { table, gate, source } = opts.external;
    // With gate 'rare' only words the treebank lexicon lacks can fire, so only those are kept.
    lexicon.external = ExternalLexicon.fromTable(table, gate, source,
      gate === 'rare' ? (w) => lexicon.ambOfLower(w.toLowerCase()) === 0 : undefined);
  }
  const trainer = new PerceptronTrainer(tags.size, opts.rowBits ?? DEFAULT_ROW_BITS);
  const decoder = new Decoder(tags.size);
  const reverse = opts.reverse === true;
  const words = train.map((s) => maybeReverse(s.words.map((w) => w.form), reverse));
  const gold = train.map((s) => Int32Array.from(maybeReverse(s.words, reverse), (w) => tags.classOf(w.upos, w.xpos)));
  const order = train.map((_, i) => i);
  const rand = mulberry32(opts.seed ?? 1);
  // A generator of its own, so dropout leaves the shuffles as they were.
  const forget = wordDropout(words, opts.dropout ?? DEFAULT_DROPOUT, mulberry32((opts.seed ?? 1) ^ 0x2f6b3a1d));
  const t0 = Date.now();
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    for (const i of order) {
      decoder.load(words[i], lexicon, forget(i), reverse ? words[i].length - 1 : 0);
      decoder.pass(trainer, false, trainer, gold[i]);
      if (twoPass) decoder.pass(trainer, true, trainer, gold[i]);
    }
    if (opts.dev) {
      const r = evalTagger(new Tagger(tags, lexicon, trainer.freeze(opts.minWeight ?? DEFAULT_MIN_WEIGHT), twoPass, reverse), opts.dev);
      log(`epoch ${e}: dev UPOS ${(100 * r.upos).toFixed(2)} XPOS ${(100 * r.xpos).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } else {
      log(`epoch ${e} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
  return new Tagger(tags, lexicon, trainer.freeze(opts.minWeight ?? DEFAULT_MIN_WEIGHT), twoPass, reverse);
}

function maybeReverse<T>(a: readonly T[], reverse: boolean): T[] {
  return reverse ? [...a].reverse() : [...a];
}

/** Small seeded PRNG (mulberry32): same seed, same shuffles, on any machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
