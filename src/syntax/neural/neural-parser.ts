/**
 * A SentenceParser over the neural network (network.ts): each word's head scores become log
 * probabilities, Eisner's algorithm finds the best projective tree, and each word takes the best
 * label under its head. Sentences longer than maxWords go to the fallback parser (the scores are
 * quadratic in length and Eisner cubic).
 */
import type { SentenceParser } from '../parser/ensemble.js';
import { eisner } from '../parser/mst.js';
import type { ParseResult } from '../parser/parser.js';
import { Arena } from './arena.js';
import { Lookup } from './inputs.js';
import { kernels } from './kernels.js';
import { readNetworkFile } from './model-file.js';
import { logSumExp, Network } from './network.js';
import { mulberry32 } from '../tagger/train.js';

export class NeuralParser implements SentenceParser {
  private readonly scratch: Float64Array;

  constructor(readonly net: Network, readonly lookup: Lookup, readonly fallback: SentenceParser | null, readonly maxWords = 250) {
    this.scratch = new Float64Array(lookup.vocab.labels.length);
  }

  static load(file: string, fallback: SentenceParser | null): NeuralParser {
    const { header, fill } = readNetworkFile(file);
    const v = header.vocab;
    const arena = new Arena(1 << 20);
    const net = new Network(arena, kernels(arena), header.dims, { words: v.words.length, upos: v.upos.length, xpos: v.xpos.length, labels: v.labels.length }, mulberry32(1), false);
    fill(net);
    return new NeuralParser(net, new Lookup(v, header.dims.buckets), fallback);
  }

  parse(words: string[], upos: string[], xpos: string[]): ParseResult {
    const n = words.length;
    if (n === 0) return { head: new Int32Array(0), deprel: [] };
    if (n > this.maxWords && this.fallback) return this.fallback.parse(words, upos, xpos);
    const arena = this.net.arena;
    const mark = arena.mark();
    try {
      const { scores } = this.net.run(this.lookup.encode(words, upos, xpos), null);
      const T = n + 1, f = arena.f32;
      // score[h][d]: log P(head h | dependent d).
      const score = Array.from({ length: T }, () => new Float64Array(T).fill(-Infinity));
      for (let d = 1; d < T; d++) {
        const row = scores.arcs + d * T;
        const lse = logSumExp(f, row, T, d);
        for (let h = 0; h < T; h++) if (h !== d) score[h][d] = f[row + h] - lse;
      }
      const head = eisner(score, n);
      const labels = this.lookup.vocab.labels;
      const deprel = new Array<string>(n);
      const out = this.scratch;
      for (let d = 1; d <= n; d++) {
        const h = head[d - 1];
        if (h === 0) {
          deprel[d - 1] = 'root';
          continue;
        }
        this.net.labelScores(scores, d, h, out);
        let best = -1;
        for (let l = 0; l < labels.length; l++) if (labels[l] !== 'root' && (best < 0 || out[l] > out[best])) best = l;
        deprel[d - 1] = labels[best];
      }
      return { head, deprel };
    } finally {
      arena.reset(mark);
    }
  }
}
