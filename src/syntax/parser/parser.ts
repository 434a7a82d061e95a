/**
 * Labeled arc-hybrid dependency parser with averaged perceptrons over hashed features: one table
 * scores the actions, one the labels of arcs. A saved model is a folder: actions.bin and labels.bin
 * (WeightTable), meta.json (labels, format) and vocab.txt.gz (the word forms that keep their own
 * identity in features).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../../util/errors.js';
import { WeightTable } from '../weights.js';
import { SentenceCodes } from './features.js';
import { Beam, parseBeam } from './beam.js';
import { FixedLabels } from './fixed-labels.js';
import { DecodeBuffers, parseGreedy } from './greedy.js';
import { reverseHeads } from './reverse.js';
import { N_ACTIONS, ParseState } from './state.js';
import { Vocabulary } from './words.js';
import { WordClusters } from '../clusters/table.js';

/** Format of a model without word clusters. */
export const PARSER_FORMAT = 'dyad-arc-hybrid-zn/2';
/** Format of a model whose vocabulary has word clusters (meta.json `clusters`; cluster-features.ts). */
export const PARSER_FORMAT_CLUSTERS = 'dyad-arc-hybrid-zn/3';

export interface ParseResult {
  /** 1-based head of each word, 0 for the root. */
  head: Int32Array;
  deprel: string[];
}

interface Meta {
  format: string;
  labels: string[];
  /** Beam width the action model was trained for (absent: 1, greedy). */
  beam?: number;
  /** The model reads sentences right to left (reverse.ts; absent: left to right). */
  reverse?: boolean;
  /**
   * A parser folder (relative to this one) whose vocab.txt.gz and labels.bin this model uses instead
   * of its own copies: a beam parser shares its base parser's vocabulary and label model.
   */
  shared?: string;
  /** The word-cluster table (a path relative to this folder) of a model in the clusters format; in the folder that holds the vocabulary. */
  clusters?: string;
}

/** The parser folder whose vocabulary and label model the parser in dir uses (dir itself unless meta.json says `shared`). */
export function sharedParserDir(dir: string): string {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
  return typeof meta.shared === 'string' ? join(dir, meta.shared) : dir;
}

export class Parser {
  readonly labels: string[];
  readonly rootLabel: number;
  readonly vocab: Vocabulary;
  readonly actions: WeightTable;
  readonly labelWeights: WeightTable;
  /** 1: greedy decoding; more: beam search of this width (the action model must be trained for it). */
  readonly beamWidth: number;
  /** Trained on, and so parses, sentences reversed (reverse.ts); results are given in reading order. */
  readonly reverse: boolean;
  /** Labels the treebank settles, taken without scoring (fixed-labels.ts); null: every label scored. */
  fixedLabels: FixedLabels | null = null;
  private readonly buf: DecodeBuffers;
  private beam: Beam | null = null;

  constructor(labels: string[], vocab: Vocabulary, actions: WeightTable, labelWeights: WeightTable, beamWidth = 1, reverse = false) {
    this.labels = labels;
    this.rootLabel = labels.indexOf('root');
    if (this.rootLabel < 0) throw new DyadError('E_MODEL', 'parser labels lack "root"');
    if (actions.nClasses !== N_ACTIONS || labelWeights.nClasses !== labels.length) {
      throw new DyadError('E_MODEL', `parser weights have ${actions.nClasses}/${labelWeights.nClasses} classes, expected ${N_ACTIONS}/${labels.length}`);
    }
    this.vocab = vocab;
    this.actions = actions;
    this.labelWeights = labelWeights;
    if (!Number.isInteger(beamWidth) || beamWidth < 1) throw new DyadError('E_MODEL', `parser beam width must be a positive integer, not ${beamWidth}`);
    this.beamWidth = beamWidth;
    this.reverse = reverse;
    this.buf = new DecodeBuffers(labels.length);
  }

  /** Stored weight entries (actions + labels), for reports. */
  get entryCount(): number {
    return this.actions.entryCount + this.labelWeights.entryCount;
  }

  parse(words: string[], upos: string[], xpos: string[]): ParseResult {
    if (this.reverse) {
      const r = this.parseInOrder([...words].reverse(), [...upos].reverse(), [...xpos].reverse());
      return { head: reverseHeads(r.head), deprel: r.deprel.reverse() };
    }
    return this.parseInOrder(words, upos, xpos);
  }

  private parseInOrder(words: string[], upos: string[], xpos: string[]): ParseResult {
    const n = words.length;
    const sc = new SentenceCodes(words, upos, xpos, this.vocab);
    if (this.fixedLabels) sc.fixedLabels = this.fixedLabels.view(words, upos, xpos);
    let st: ParseState;
    if (this.beamWidth > 1 && n > 0) {
      this.beam ??= new Beam(this.beamWidth, this.labels.length);
      st = parseBeam(this.beam, n, sc, this.actions, this.labelWeights, this.rootLabel);
    } else {
      st = new ParseState(n);
      parseGreedy(st, sc, this.actions, this.labelWeights, this.rootLabel, this.buf);
    }
    const head = new Int32Array(n);
    const deprel = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      head[i] = st.head[i + 1];
      deprel[i] = this.labels[st.label[i + 1]];
    }
    return { head, deprel };
  }

  /**
   * Saves the model into dir. With `shared` (a parser folder relative to dir holding this model's
   * vocabulary and label weights, checked byte for byte), only meta.json and actions.bin are written
   * (and older copies of the other two files in dir removed).
   */
  save(dir: string, shared?: string): void {
    mkdirSync(dir, { recursive: true });
    const vocab = gzipSync(this.vocab.words().join('\n'), { level: 9 });
    const labels = this.labelWeights.toBuffer();
    if (shared !== undefined) {
      const from = join(dir, shared);
      if (!readFileSync(join(from, 'labels.bin')).equals(labels) || !gunzipSync(readFileSync(join(from, 'vocab.txt.gz'))).equals(gunzipSync(vocab))) {
        throw new DyadError('E_MODEL', `the parser's vocabulary or label model differs from those in ${from}`);
      }
    }
    const clusters = this.vocab.clusters;
    let clustersPath: string | undefined;
    if (clusters && shared === undefined) {
      if (clusters.source === null || !readFileSync(clusters.source).equals(clusters.toBuffer())) {
        throw new DyadError('E_MODEL', 'a parser with word clusters must be saved with the table it read from a file, unchanged');
      }
      clustersPath = relative(dir, clusters.source).split('\\').join('/');
    }
    const meta: Meta = {
      format: clusters ? PARSER_FORMAT_CLUSTERS : PARSER_FORMAT, labels: this.labels, ...(this.beamWidth > 1 ? { beam: this.beamWidth } : {}),
      ...(this.reverse ? { reverse: true } : {}), ...(shared !== undefined ? { shared } : {}),
      ...(clustersPath !== undefined ? { clusters: clustersPath } : {}),
    };
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 1) + '\n');
    writeFileSync(join(dir, 'actions.bin'), this.actions.toBuffer());
    if (shared !== undefined) {
      // Copies an earlier save left here would go unread: remove them.
      for (const f of ['vocab.txt.gz', 'labels.bin']) rmSync(join(dir, f), { force: true });
      return;
    }
    writeFileSync(join(dir, 'vocab.txt.gz'), vocab);
    writeFileSync(join(dir, 'labels.bin'), labels);
  }

  /**
   * Loads the parser in dir. Parsers loaded with the same `shared` map (an ensemble's members) hold
   * one copy of a vocabulary and label model they share on disk (`shared` in meta.json).
   */
  static load(dir: string, shared?: Map<string, SharedModel>): Parser {
    const read = (at: string, name: string): Buffer => {
      try {
        return readFileSync(join(at, name));
      } catch (e) {
        throw new DyadError('E_MODEL', `cannot read parser model file (${(e as Error).message})`, { file: join(at, name), cause: e });
      }
    };
    let meta: Meta;
    try {
      meta = JSON.parse(read(dir, 'meta.json').toString('utf8')) as Meta;
    } catch (e) {
      if (e instanceof DyadError) throw e;
      throw new DyadError('E_MODEL', 'parser meta.json is not valid JSON', { file: join(dir, 'meta.json'), cause: e });
    }
    if ((meta.format !== PARSER_FORMAT && meta.format !== PARSER_FORMAT_CLUSTERS) || !Array.isArray(meta.labels)) {
      throw new DyadError('E_MODEL', `unsupported parser model format "${String(meta.format)}"`, { file: join(dir, 'meta.json') });
    }
    const from = typeof meta.shared === 'string' ? join(dir, meta.shared) : dir;
    const key = resolve(from);
    const base = shared?.get(key) ?? readSharedModel(from, read);
    shared?.set(key, base);
    if ((meta.format === PARSER_FORMAT_CLUSTERS) !== (base.vocab.clusters !== null)) {
      throw new DyadError('E_MODEL', `parser format "${meta.format}" and the word clusters of its vocabulary (${from}) disagree`, { file: join(dir, 'meta.json') });
    }
    const actions = WeightTable.fromBuffer(read(dir, 'actions.bin'), join(dir, 'actions.bin'));
    const parser = new Parser(meta.labels, base.vocab, actions, base.labelWeights, meta.beam ?? 1, meta.reverse === true);
    if (base.fixedLabels === undefined) base.fixedLabels = FixedLabels.read(from, meta.labels);
    parser.fixedLabels = base.fixedLabels;
    return parser;
  }
}

/** The vocabulary and label model a parser folder holds, which other folders may share (`shared` in meta.json). */
export interface SharedModel {
  vocab: Vocabulary;
  labelWeights: WeightTable;
  /** The folder's fixed-labels.tsv (read on first use; null if it has none). */
  fixedLabels?: FixedLabels | null;
}

function readSharedModel(from: string, read: (at: string, name: string) => Buffer): SharedModel {
  let vocabText: string;
  try {
    vocabText = gunzipSync(read(from, 'vocab.txt.gz')).toString('utf8');
  } catch (e) {
    if (e instanceof DyadError) throw e;
    throw new DyadError('E_MODEL', 'parser vocabulary is not a gzip stream', { file: join(from, 'vocab.txt.gz'), cause: e });
  }
  let clusters: WordClusters | null = null;
  const meta = JSON.parse(read(from, 'meta.json').toString('utf8')) as Meta;
  if (typeof meta.clusters === 'string') clusters = WordClusters.fromFile(join(from, meta.clusters));
  const vocab = new Vocabulary(vocabText === '' ? [] : vocabText.split('\n'), clusters);
  return { vocab, labelWeights: WeightTable.fromBuffer(read(from, 'labels.bin'), join(from, 'labels.bin')) };
}
