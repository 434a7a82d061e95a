/**
 * The trained sentence-boundary classifier: an averaged perceptron (two classes, hashed features)
 * that re-decides the candidate gaps of the rule-based splitter. A gap becomes a boundary when the
 * boundary score minus the no-boundary score exceeds a threshold chosen on dev; there is one
 * threshold for gaps the rules call a boundary (keeping it) and one for the others (adding one), so
 * the model can be made to overrule the rules only when it is confident.
 *
 * File layout (models/text/sbd.bin): "DSBD", version, metadata length (uint32 LE each), metadata
 * as JSON, then the gzip WeightTable.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../util/errors.js';
import { WeightTable } from '../syntax/weights.js';
import { FEATURE_VERSION, GapContext, MAX_FEATURES } from './sbd-features.js';
import type { Spans } from './span-buffer.js';
import { SbdLexicon } from './sbd-lexicon.js';

const MAGIC = 0x44425344; // 'DSBD'
const VERSION = 1;
export const SBD_FILE = 'sbd.bin';

export interface SbdThresholds {
  /** Margin above which a gap the rules do not split becomes a boundary. */
  add: number;
  /** Margin above which a gap the rules split stays a boundary. */
  keep: number;
}

interface Meta {
  featureVersion: number;
  thresholds: SbdThresholds;
  lexicon: unknown;
  trainedOn?: string;
}

/** Scratch arrays for scoring, one set per decideEnds call (no state shared between calls). */
class Scratch {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly scores = new Float32Array(2);
}

export class SbdModel {
  readonly weights: WeightTable;
  readonly lexicon: SbdLexicon;
  readonly thresholds: SbdThresholds;
  readonly trainedOn: string;

  constructor(weights: WeightTable, lexicon: SbdLexicon, thresholds: SbdThresholds, trainedOn = '') {
    if (weights.nClasses !== 2) throw new DyadError('E_MODEL', `boundary model has ${weights.nClasses} classes, expected 2`);
    this.weights = weights;
    this.lexicon = lexicon;
    this.thresholds = thresholds;
    this.trainedOn = trainedOn;
  }

  /** The same model with other thresholds (used when choosing them on dev). */
  withThresholds(thresholds: SbdThresholds): SbdModel {
    return new SbdModel(this.weights, this.lexicon, thresholds, this.trainedOn);
  }

  /** The features' view of a text: tokens and the rules' ends, with this model's lexicon. */
  context(text: string, tok: Spans, ruleEnds: readonly number[]): GapContext {
    return new GapContext(text, tok, ruleEnds, this.lexicon);
  }

  /** Boundary score minus no-boundary score for gap i. */
  margin(cx: GapContext, i: number, scratch: Scratch = new Scratch()): number {
    const nf = cx.features(i, scratch.feats);
    scratch.scores[0] = 0;
    scratch.scores[1] = 0;
    this.weights.score(scratch.feats, nf, scratch.scores);
    return scratch.scores[1] - scratch.scores[0];
  }

  /**
   * Sentence ends (exclusive token indices, the last is the token count) after the classifier has
   * re-decided the rules' candidate gaps; other gaps keep the rules' decision.
   */
  decideEnds(text: string, tok: Spans, ruleEnds: readonly number[]): number[] {
    const cx = this.context(text, tok, ruleEnds);
    const scratch = new Scratch();
    const { add, keep } = this.thresholds;
    const ends: number[] = [];
    for (let i = 0; i + 1 < cx.n; i++) {
      let split = cx.rule[i] === 1;
      if (cx.isCandidate(i)) split = this.margin(cx, i, scratch) > (split ? keep : add);
      if (split) ends.push(i + 1);
    }
    if (cx.n > 0) ends.push(cx.n);
    return ends;
  }

  toBuffer(): Buffer {
    const meta: Meta = { featureVersion: FEATURE_VERSION, thresholds: this.thresholds, trainedOn: this.trainedOn, lexicon: this.lexicon.toJSON() };
    const json = Buffer.from(JSON.stringify(meta), 'utf8');
    const head = Buffer.alloc(12);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(json.length, 8);
    return Buffer.concat([head, json, this.weights.toBuffer()]);
  }

  static fromBuffer(buf: Buffer, file = '<sbd model>'): SbdModel {
    if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new DyadError('E_MODEL', 'not a dyad sentence-boundary model', { file });
    if (buf.readUInt32LE(4) !== VERSION) throw new DyadError('E_MODEL', 'unsupported sentence-boundary model version', { file });
    const metaLen = buf.readUInt32LE(8);
    if (12 + metaLen > buf.length) throw new DyadError('E_MODEL', 'sentence-boundary model is truncated', { file });
    let meta: Meta;
    try {
      meta = JSON.parse(buf.subarray(12, 12 + metaLen).toString('utf8')) as Meta;
    } catch (e) {
      throw new DyadError('E_MODEL', 'sentence-boundary model metadata is corrupt', { file, cause: e });
    }
    if (meta.featureVersion !== FEATURE_VERSION) {
      throw new DyadError('E_MODEL', `model features are version ${meta.featureVersion}, this build has ${FEATURE_VERSION}: retrain it`, { file });
    }
    const t = meta.thresholds;
    if (typeof t?.add !== 'number' || typeof t?.keep !== 'number') throw new DyadError('E_MODEL', 'sentence-boundary model lacks its thresholds', { file });
    const lexicon = SbdLexicon.fromJSON(meta.lexicon, file);
    return new SbdModel(WeightTable.fromBuffer(buf.subarray(12 + metaLen), file), lexicon, { add: t.add, keep: t.keep }, meta.trainedOn ?? '');
  }

  /** Reads a model file (by default the one shipped in models/text/). */
  static load(file: string = defaultSbdModelFile()): SbdModel {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new DyadError('E_MODEL', `cannot read sentence-boundary model (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file, cause: e });
    }
    return SbdModel.fromBuffer(buf, file);
  }
}

/** models/text/sbd.bin of this package (this file is dist/src/text/sbd-model.js once built). */
export function defaultSbdModelFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'text', SBD_FILE);
}
