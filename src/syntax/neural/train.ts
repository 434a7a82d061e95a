/**
 * Training the neural parser: Adam on minibatches of sentences, word dropout (a rare word is
 * replaced by the unknown word with probability 0.25 / (0.25 + its count): Kiperwasser & Goldberg
 * 2016), element dropout on the embeddings and between the LSTM layers, and the best epoch on the
 * development set kept.
 */
import { attachmentScores } from '../parser/evaluate.js';
import type { ParseResult } from '../parser/parser.js';
import type { Arena } from './arena.js';
import { Lookup, normalise, UNKNOWN, type Vocab } from './inputs.js';
import type { Kernels } from './kernels.js';
import { Network, type Dims } from './network.js';
import { NeuralParser } from './neural-parser.js';
import { mulberry32 } from '../tagger/train.js';
import { ADAM_DEFAULTS } from './params.js';

export interface TrainSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  head: ArrayLike<number>;
  deprel: readonly string[];
}

export interface TrainOptions {
  dims: Dims;
  epochs: number;
  batch: number;
  lr: number;
  dropInput: number;
  dropHidden: number;
  seed: number;
  /** Stop after this many minutes (the best epoch so far is kept). */
  maxMinutes: number;
  log: (line: string) => void;
  /** Starts from these weights (a saved model of the same vocabulary and dimensions) instead of random ones. */
  init?: (net: Network) => void;
  /** Called with the network whenever an epoch improves dev LAS. */
  onBest: (net: Network, vocab: Vocab, dev: { uas: number; las: number }) => void;
}

/** The vocabulary of a training set: words seen at least twice, every tag and label. */
export function buildVocab(train: TrainSentence[]): { vocab: Vocab; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const upos = new Set<string>(), xpos = new Set<string>(), labels = new Set<string>(['root']);
  for (const s of train) {
    s.words.forEach((w) => counts.set(normalise(w), (counts.get(normalise(w)) ?? 0) + 1));
    s.upos.forEach((t) => upos.add(t));
    s.xpos.forEach((t) => xpos.add(t));
    s.deprel.forEach((l) => labels.add(l));
  }
  const words = [...counts].filter(([, c]) => c >= 2).map(([w]) => w).sort();
  return { vocab: { words, upos: [...upos].sort(), xpos: [...xpos].sort(), labels: [...labels].sort() }, counts };
}

export function evaluateParser(parser: { parse(w: string[], u: string[], x: string[]): ParseResult }, dev: TrainSentence[]): { uas: number; las: number } {
  const pred = dev.map((s) => parser.parse(s.words, s.upos, s.xpos));
  const r = attachmentScores(dev.map((s) => ({ head: s.head, deprel: s.deprel })), pred, []);
  return { uas: r.uas, las: r.las };
}

export function trainNetwork(arena: Arena, k: Kernels, train: TrainSentence[], dev: TrainSentence[], o: TrainOptions): void {
  const { vocab, counts } = buildVocab(train);
  const lookup = new Lookup(vocab, o.dims.buckets);
  const random = mulberry32(o.seed);
  const net = new Network(arena, k, o.dims, { words: vocab.words.length, upos: vocab.upos.length, xpos: vocab.xpos.length, labels: vocab.labels.length }, random);
  o.init?.(net);
  o.log(`vocabulary: ${vocab.words.length} words, ${vocab.upos.length} UPOS, ${vocab.xpos.length} XPOS, ${vocab.labels.length} labels; ` +
    `${net.params.list.reduce((s, p) => s + p.rows * p.cols, 0)} weights`);
  const encoded = train.map((s) => ({
    e: lookup.encode(s.words, s.upos, s.xpos),
    rareP: Float32Array.from(s.words, (w) => 0.25 / (0.25 + (counts.get(normalise(w)) ?? 0))),
    head: Int32Array.from(s.head),
    label: Int32Array.from(s.deprel, (l) => lookup.label.get(l) ?? 0),
  }));
  const parser = new NeuralParser(net, lookup, null);
  const drop = { input: o.dropInput, hidden: o.dropHidden, random };
  const start = Date.now();
  let best = -1;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const order = encoded.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0, tokens = 0;
    const t0 = Date.now();
    for (let b = 0; b < order.length; b += o.batch) {
      const batch = order.slice(b, b + o.batch);
      const batchTokens = batch.reduce((s, i) => s + encoded[i].head.length, 0);
      for (const i of batch) {
        const x = encoded[i];
        const word = x.e.word.slice();
        for (let w = 1; w < word.length; w++) if (random() < x.rareP[w - 1]) word[w] = UNKNOWN;
        const mark = arena.mark();
        loss += net.run({ ...x.e, word }, drop, { head: x.head, label: x.label, scale: 1 / batchTokens }).loss;
        arena.reset(mark);
      }
      tokens += batchTokens;
      net.params.adam({ ...ADAM_DEFAULTS, lr: o.lr });
      if (process.stderr.isTTY && (b / o.batch) % 50 === 0) {
        process.stderr.write(`\r  epoch ${epoch}: ${b + batch.length}/${order.length} sentences, loss ${(loss / tokens).toFixed(3)}, ${Math.round(tokens / ((Date.now() - t0) / 1000))} words/s   `);
      }
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const scores = evaluateParser(parser, dev);
    const minutes = (Date.now() - start) / 60000;
    o.log(`epoch ${epoch}: loss ${(loss / tokens).toFixed(4)}, dev UAS ${scores.uas.toFixed(2)} LAS ${scores.las.toFixed(2)}, ${((Date.now() - t0) / 1000).toFixed(0)} s (${minutes.toFixed(1)} min in all)`);
    if (scores.las > best) {
      best = scores.las;
      o.onBest(net, vocab, scores);
    }
    if (minutes > o.maxMinutes) {
      o.log(`stopping: ${o.maxMinutes} minutes`);
      break;
    }
  }
}
