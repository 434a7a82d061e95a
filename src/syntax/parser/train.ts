/**
 * Training with the dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013): at every
 * state the perceptron is updated towards the best-scoring zero-cost action whenever its own best
 * action loses a gold arc; after the first epochs the parser then usually follows its own mistaken
 * action, so it learns to recover from the states its errors lead to.
 */
import { PerceptronTrainer } from '../perceptron.js';
import { SentenceCodes } from './features.js';
import { bestAllowed, bestLabel, DecodeBuffers, scoreLabels, scoreState } from './greedy.js';
import { costArray, goldTree, projectivise, type Costs, type GoldTree } from './oracle.js';
import { Parser } from './parser.js';
import { LEFT, N_ACTIONS, ParseState, RIGHT, SHIFT } from './state.js';
import { reverseExample } from './reverse.js';
import { Vocabulary } from './words.js';
import type { WordClusters } from '../clusters/table.js';
import { seededRandom } from '../../util/random.js';

export interface ParserExample {
  words: string[];
  upos: string[];
  xpos: string[];
  /** 1-based head of each word, 0 for the root. */
  head: ArrayLike<number>;
  deprel: string[];
}

export interface TrainParserOptions {
  epochs?: number;
  seed?: number;
  /** log2 of the action table's rows while training (memory: 2^rowBits * 3 * 8 bytes). */
  rowBits?: number;
  /** log2 of the label table's rows while training (memory: 2^bits * labels * 8 bytes). */
  labelRowBits?: number;
  /** Epochs trained on the gold path only, before exploration starts. */
  exploreAfter?: number;
  /** Probability of following a wrong prediction once exploring. */
  exploreP?: number;
  /** Forms seen fewer times than this are represented by their rare-word class. */
  minWordCount?: number;
  /** Word clusters read as extra features (cluster-features.ts); the saved model names their file. */
  clusters?: WordClusters;
  /** Averaged weights below this magnitude are dropped from the model. */
  minWeight?: number;
  /** Train a right-to-left model: every example reversed (reverse.ts); the parser reverses its input too. */
  reverse?: boolean;
  /** Called after each epoch with the parser so far (e.g. to score it on dev). */
  onEpoch?: (epoch: number, parser: () => Parser) => void;
  log?: (s: string) => void;
}

export { seededRandom };

/** A training sentence: its codes and its projectivised gold tree. */
export interface Prepared {
  codes: SentenceCodes;
  gold: GoldTree;
  n: number;
}

export function prepare(examples: ParserExample[], labels: Map<string, number>, vocab: Vocabulary): Prepared[] {
  return examples.map((ex) => {
    const n = ex.words.length;
    const head = new Int32Array(n + 1);
    const label = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      head[i + 1] = ex.head[i];
      label[i + 1] = labels.get(ex.deprel[i]) ?? 0;
    }
    return { codes: new SentenceCodes(ex.words, ex.upos, ex.xpos, vocab), gold: goldTree(projectivise(head), label), n };
  });
}

/** Labels of the training data, sorted, so action ids are stable across runs. */
export function collectLabels(examples: ParserExample[]): string[] {
  const set = new Set<string>(['root']);
  for (const ex of examples) for (const l of ex.deprel) set.add(l);
  return [...set].sort();
}

interface EpochContext {
  actions: PerceptronTrainer;
  labels: PerceptronTrainer;
  buf: DecodeBuffers;
  cost: Float64Array;
  zero: Uint8Array;
  tmp: Costs;
  rootLabel: number;
  exploreP: number;
  rand: () => number;
}

/** Trains the label model on arc h -> s0 when h is s0's gold head; returns the label to use. */
function trainLabel(st: ParseState, p: Prepared, h: number, cx: EpochContext): number {
  const d = st.s0;
  if (h === 0) return cx.rootLabel;
  const nf = scoreLabels(st, p.codes, h, d, cx.labels, cx.buf);
  const guess = bestLabel(cx.buf.labelScores, cx.rootLabel);
  if (p.gold.head[d] !== h) return guess;
  const truth = p.gold.label[d];
  cx.labels.step(truth, guess, cx.buf.labelFeats, nf);
  cx.labels.tick();
  return truth;
}

/** One sentence of dynamic-oracle training; returns [wrong decisions, decisions]. */
function trainSentence(p: Prepared, cx: EpochContext): [number, number] {
  const { actions, buf, cost, zero, tmp } = cx;
  const st = new ParseState(p.n);
  let wrong = 0;
  let total = 0;
  while (!st.isTerminal()) {
    const nf = scoreState(st, p.codes, actions, buf);
    costArray(st, p.gold, tmp, cost);
    const min = Math.min(cost[0], cost[1], cost[2]);
    for (let a = 0; a < N_ACTIONS; a++) {
      zero[a] = cost[a] === min ? 1 : 0;
      buf.valid[a] = cost[a] < Infinity ? 1 : 0;
    }
    const pred = bestAllowed(buf.scores, buf.valid);
    const gold = bestAllowed(buf.scores, zero);
    let next = pred;
    if (!zero[pred]) {
      wrong++;
      actions.step(gold, pred, buf.feats, nf);
      if (cx.rand() >= cx.exploreP) next = gold;
    }
    actions.tick();
    total++;
    // The label model learns from every arc the oracle allows here, whichever action is taken.
    let lab = -1;
    for (const a of [LEFT, RIGHT]) {
      if (!buf.valid[a]) continue;
      const h = st.headFor(a);
      if (zero[a] && p.gold.head[st.s0] === h) {
        const l = trainLabel(st, p, h, cx);
        if (a === next) lab = l;
      }
    }
    if (next !== SHIFT && lab < 0) lab = trainLabel(st, p, st.headFor(next), cx);
    st.apply(next, lab);
  }
  return [wrong, total];
}

export function trainParser(inputs: ParserExample[], opts: TrainParserOptions = {}): Parser {
  const reverse = opts.reverse ?? false;
  const examples = reverse ? inputs.map(reverseExample) : inputs;
  const epochs = opts.epochs ?? 15;
  const log = opts.log ?? (() => {});
  const labelList = collectLabels(examples);
  const labels = new Map(labelList.map((l, i) => [l, i]));
  const vocab = Vocabulary.fromCounts(examples.flatMap((e) => e.words), opts.minWordCount ?? 2, opts.clusters ?? null);
  const data = prepare(examples, labels, vocab);
  const actions = new PerceptronTrainer(N_ACTIONS, opts.rowBits ?? 22);
  const labelTrainer = new PerceptronTrainer(labelList.length, opts.labelRowBits ?? 20);
  const rand = seededRandom(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  const minWeight = opts.minWeight ?? 1e-3;
  const freeze = () => new Parser(labelList, vocab, actions.freeze(minWeight), labelTrainer.freeze(minWeight), 1, reverse);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const cx: EpochContext = {
      actions, labels: labelTrainer, buf: new DecodeBuffers(labelList.length), cost: new Float64Array(N_ACTIONS),
      zero: new Uint8Array(N_ACTIONS), tmp: { shift: 0, left: 0, right: 0 }, rootLabel: labels.get('root') ?? 0,
      exploreP: epoch > (opts.exploreAfter ?? 1) ? (opts.exploreP ?? 0.9) : 0, rand,
    };
    let wrong = 0;
    let total = 0;
    for (const i of order) {
      const [w, t] = trainSentence(data[i], cx);
      wrong += w;
      total += t;
    }
    log(`parser epoch ${epoch}: ${((100 * wrong) / total).toFixed(2)}% wrong decisions, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    opts.onEpoch?.(epoch, freeze);
  }
  return freeze();
}
