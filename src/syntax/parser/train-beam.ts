/**
 * Trains an action model for beam search as a global, structured perceptron with max-violation
 * updates (Huang, Fayong & Guo 2012): each training sentence is decoded with the beam while a gold
 * state follows the static oracle's path; at the prefix where the best item outscores the gold
 * prefix by the most, the gold prefix's features are rewarded and the best item's penalised.
 *
 * The action weights start from the greedy parser's (dev UAS 85.46 against 84.97 from zero; see
 * models/syntax/parser-beam/README.md). The label model is not retrained: both paths take their arc labels from the given parser's label
 * model, so the two paths' states differ only where their actions do. The new model shares that
 * parser's vocabulary and label weights.
 */
import { PerceptronTrainer } from '../perceptron.js';
import { Beam, type Step } from './beam.js';
import { extractFeatures, MAX_FEATURES } from './features.js';
import { chooseLabel, DecodeBuffers, scoreState } from './greedy.js';
import { costArray, type Costs, type GoldTree } from './oracle.js';
import { Parser } from './parser.js';
import { LEFT, N_ACTIONS, ParseState, RIGHT, SHIFT } from './state.js';
import { reverseExample } from './reverse.js';
import { prepare, type ParserExample, type Prepared } from './train.js';
import { seededRandom } from '../../util/random.js';

export interface TrainBeamOptions {
  width?: number;
  epochs?: number;
  seed?: number;
  /** log2 of the action table's rows while training. */
  rowBits?: number;
  minWeight?: number;
  /** Start from the base parser's action weights (default) rather than from zero. */
  warmStart?: boolean;
  onEpoch?: (epoch: number, parser: () => Parser) => void;
  log?: (s: string) => void;
}


/** The static oracle's action: a zero-cost gold arc if there is one, else SHIFT when it is free. */
function oracleAction(st: ParseState, g: GoldTree, tmp: Costs, cost: Float64Array): number {
  costArray(st, g, tmp, cost);
  const s0 = st.s0;
  if (cost[LEFT] === 0 && g.head[s0] === st.b) return LEFT;
  if (cost[RIGHT] === 0 && g.head[s0] === st.s1) return RIGHT;
  if (cost[SHIFT] === 0) return SHIFT;
  return cost[LEFT] === 0 ? LEFT : RIGHT;
}

class BeamTrainer {
  private readonly beam: Beam;
  private readonly buf: DecodeBuffers;
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly cost = new Float64Array(N_ACTIONS);
  private readonly tmp: Costs = { shift: 0, left: 0, right: 0 };

  constructor(width: number, private readonly base: Parser, private readonly actions: PerceptronTrainer) {
    this.beam = new Beam(width, base.labels.length);
    this.buf = new DecodeBuffers(base.labels.length);
  }

  /** Decodes one sentence and updates at its maximal violation; returns whether it updated. */
  sentence(p: Prepared): boolean {
    const { beam, buf, actions, base } = this;
    const gold = new ParseState(p.n);
    const goldActs: number[] = [];
    const goldLabs: number[] = [];
    let goldScore = 0;
    let goldIdx = 0;
    let maxV = -Infinity;
    let tStar = -1;
    let worst: Step | null = null;
    beam.start(p.n);
    for (let t = 0; !beam.done(); t++) {
      const ga = oracleAction(gold, p.gold, this.tmp, this.cost);
      scoreState(gold, p.codes, actions, buf);
      goldScore += buf.scores[ga];
      const gl = chooseLabel(gold, p.codes, ga, base.labelWeights, base.rootLabel, buf);
      gold.apply(ga, gl);
      goldActs.push(ga);
      goldLabs.push(gl);
      beam.advance(p.codes, actions, base.labelWeights, base.rootLabel);
      let next = -1;
      if (goldIdx >= 0) for (let j = 0; j < beam.size; j++) if (beam.parent[j] === goldIdx && beam.action[j] === ga) next = j;
      goldIdx = next;
      // A violation: the gold prefix fell out of the beam, or the finished beam's best is not gold.
      if (goldIdx < 0 || (beam.done() && goldIdx !== 0)) {
        const v = beam.score[0] - goldScore;
        if (v >= 0 && (tStar < 0 || v > maxV)) {
          maxV = v;
          tStar = t;
          worst = beam.path[0];
        }
      }
    }
    if (tStar < 0 || !worst) return false;
    const predActs: number[] = [];
    const predLabs: number[] = [];
    for (let s: Step | null = worst; s; s = s.prev) {
      predActs.push(s.action);
      predLabs.push(s.label);
    }
    predActs.reverse();
    predLabs.reverse();
    let d = 0;
    while (d <= tStar && predActs[d] === goldActs[d]) d++;
    const g = new ParseState(p.n);
    for (let t = 0; t < d; t++) g.apply(goldActs[t], goldLabs[t]);
    const w = new ParseState(p.n);
    w.copyFrom(g);
    for (let t = d; t <= tStar; t++) {
      let nf = extractFeatures(g, p.codes, this.feats);
      actions.update(goldActs[t], this.feats, nf, 1);
      g.apply(goldActs[t], goldLabs[t]);
      nf = extractFeatures(w, p.codes, this.feats);
      actions.update(predActs[t], this.feats, nf, -1);
      w.apply(predActs[t], predLabs[t]);
    }
    return true;
  }
}

/**
 * Trains the action model of a beam parser of the given width on `examples` (predicted tags, as for
 * the greedy parser), reusing `base`'s vocabulary and label model; a right-to-left base (reverse.ts)
 * makes a right-to-left beam parser.
 */
export function trainBeamParser(examples: ParserExample[], base: Parser, opts: TrainBeamOptions = {}): Parser {
  const width = opts.width ?? 8;
  const epochs = opts.epochs ?? 10;
  const log = opts.log ?? (() => {});
  const labelIds = new Map(base.labels.map((l, i) => [l, i]));
  const data = prepare(base.reverse ? examples.map(reverseExample) : examples, labelIds, base.vocab).filter((p) => p.n > 0);
  const actions = new PerceptronTrainer(N_ACTIONS, opts.rowBits ?? 22);
  if (opts.warmStart ?? true) actions.warmStart(base.actions);
  const trainer = new BeamTrainer(width, base, actions);
  const rand = seededRandom(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  const freeze = () => new Parser(base.labels, base.vocab, actions.freeze(opts.minWeight ?? 1e-3), base.labelWeights, width, base.reverse);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let updates = 0;
    for (const i of order) {
      if (trainer.sentence(data[i])) updates++;
      actions.tick();
    }
    log(`beam ${width} epoch ${epoch}: updates on ${((100 * updates) / order.length).toFixed(1)}% of sentences, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    opts.onEpoch?.(epoch, freeze);
  }
  return freeze();
}
