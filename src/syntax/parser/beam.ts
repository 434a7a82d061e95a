/**
 * Beam search over arc-hybrid transitions (Zhang & Clark 2008; Zhang & Nivre 2011): the k best
 * partial parses by summed action score are kept at every step. Every parse of n words takes exactly
 * 2n transitions, so the items advance in step and a finished beam is finished everywhere. The label
 * of an arc is still chosen greedily by the label model, as in greedy decoding: the beam searches the
 * tree's shape. Training of the action model for the beam is in train-beam.ts.
 */
import type { SentenceCodes } from './features.js';
import { chooseLabel, DecodeBuffers, scoreState, type Scorer } from './greedy.js';
import { validActions } from './oracle.js';
import { N_ACTIONS, ParseState } from './state.js';

/** One transition of a partial parse; parses share their common prefix. */
export interface Step {
  readonly action: number;
  readonly label: number;
  readonly prev: Step | null;
}

/** The actions of a path, first to last. */
export function pathActions(step: Step | null): number[] {
  const out: number[] = [];
  for (let s = step; s; s = s.prev) out.push(s.action);
  return out.reverse();
}

export class Beam {
  readonly width: number;
  /** Items of the current step: states[i], score[i], path[i], for i < size. */
  states: ParseState[] = [];
  score: Float64Array;
  path: (Step | null)[];
  /** Index of each item's parent in the previous step, and the action that led here. */
  parent: Int32Array;
  action: Int32Array;
  size = 0;
  private spare: ParseState[] = [];
  private readonly candItem: Int32Array;
  private readonly candAction: Int32Array;
  private readonly candScore: Float64Array;
  private readonly order: number[];
  private readonly buf: DecodeBuffers;

  constructor(width: number, nLabels: number) {
    this.width = width;
    this.score = new Float64Array(width);
    this.path = new Array<Step | null>(width).fill(null);
    this.parent = new Int32Array(width);
    this.action = new Int32Array(width);
    const nc = width * N_ACTIONS;
    this.candItem = new Int32Array(nc);
    this.candAction = new Int32Array(nc);
    this.candScore = new Float64Array(nc);
    this.order = Array.from({ length: nc }, (_, i) => i);
    this.buf = new DecodeBuffers(nLabels);
  }

  /** Starts a sentence of n words: one item, the initial state. */
  start(n: number): void {
    const fresh = (): ParseState => new ParseState(n);
    this.states = Array.from({ length: this.width }, fresh);
    this.spare = Array.from({ length: this.width }, fresh);
    this.size = 1;
    this.score[0] = 0;
    this.path[0] = null;
  }

  done(): boolean {
    return this.states[0].isTerminal();
  }

  /** Advances every item by one transition and keeps the best `width` successors (best first). */
  advance(sc: SentenceCodes, actions: Scorer, labels: Scorer, rootLabel: number): void {
    const { buf, candItem, candAction, candScore } = this;
    let nc = 0;
    for (let i = 0; i < this.size; i++) {
      scoreState(this.states[i], sc, actions, buf);
      validActions(this.states[i], buf.valid);
      for (let a = 0; a < N_ACTIONS; a++) {
        if (!buf.valid[a]) continue;
        candItem[nc] = i;
        candAction[nc] = a;
        candScore[nc] = this.score[i] + buf.scores[a];
        nc++;
      }
    }
    const order = this.order.slice(0, nc);
    // Stable: among equal scores the earlier item, then the lower action, wins.
    order.sort((x, y) => candScore[y] - candScore[x] || x - y);
    const keep = Math.min(this.width, nc);
    const next = this.spare;
    const score = new Float64Array(this.width);
    const path = new Array<Step | null>(this.width).fill(null);
    for (let j = 0; j < keep; j++) {
      const c = order[j];
      const i = candItem[c];
      const a = candAction[c];
      const st = next[j];
      st.copyFrom(this.states[i]);
      const lab = chooseLabel(st, sc, a, labels, rootLabel, buf);
      st.apply(a, lab);
      score[j] = candScore[c];
      path[j] = { action: a, label: lab, prev: this.path[i] };
      this.parent[j] = i;
      this.action[j] = a;
    }
    this.spare = this.states;
    this.states = next;
    this.score = score;
    this.path = path;
    this.size = keep;
  }
}

/** Parses with a beam of the given width; returns the best final state. */
export function parseBeam(beam: Beam, n: number, sc: SentenceCodes, actions: Scorer, labels: Scorer, rootLabel: number): ParseState {
  beam.start(n);
  while (!beam.done()) beam.advance(sc, actions, labels, rootLabel);
  return beam.states[0];
}
