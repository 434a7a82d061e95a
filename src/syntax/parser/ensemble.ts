/**
 * Reparsing (Sagae & Lavie 2006): several parsers parse the sentence, each of their arcs gets its
 * parser's weight as a vote, and the tree with the most votes in total is decoded as a maximum
 * spanning tree (mst.ts). An arc's label is the one with the most weight among the parsers that
 * proposed the arc; an arc no parser proposed (the tree can need one) takes the best-weighted
 * parser's label for its dependent. The accurate mode's parser (models/syntax/README.md, parser-ensemble.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../util/errors.js';
import { chuLiuEdmonds, eisner, type ScoreMatrix } from './mst.js';
import { NeuralParser } from '../neural/neural-parser.js';
import { Parser, type ParseResult, type SharedModel } from './parser.js';

export const ENSEMBLE_FORMAT = 'dyad-parser-ensemble/1';

/**
 * An ensemble file (JSON): the decoder and the members, each a parser folder or a neural parser's
 * model file (a name ending in .bin; neural/neural-parser.ts), relative to the file's own folder,
 * with its vote weight.
 */
export interface EnsembleSpec {
  format: string;
  decoder: TreeDecoder;
  members: { parser: string; weight: number }[];
}

/** Reads and checks an ensemble file. */
export function readEnsembleSpec(file: string): EnsembleSpec {
  let spec: EnsembleSpec;
  try {
    spec = JSON.parse(readFileSync(file, 'utf8')) as EnsembleSpec;
  } catch (e) {
    throw new DyadError('E_MODEL', `cannot read the parser ensemble (${(e as Error).message})`, { file, cause: e });
  }
  const ok = spec.format === ENSEMBLE_FORMAT && (spec.decoder === 'cle' || spec.decoder === 'eisner') && Array.isArray(spec.members) &&
    spec.members.length > 0 && spec.members.every((m) => typeof m.parser === 'string' && Number.isFinite(m.weight) && m.weight > 0);
  if (!ok) throw new DyadError('E_MODEL', `not a parser ensemble of format ${ENSEMBLE_FORMAT}`, { file });
  return spec;
}

/** Anything that parses a tagged sentence: a Parser, or an ensemble of them. */
export interface SentenceParser {
  parse(words: string[], upos: string[], xpos: string[]): ParseResult;
}

export type TreeDecoder = 'cle' | 'eisner';

/** Whether an ensemble member names a neural parser's model file rather than a parser folder. */
export function isNeuralMember(name: string): boolean {
  return name.endsWith('.bin');
}

export interface EnsembleMember {
  parser: SentenceParser;
  weight: number;
}

/** Combines trees of the same n words by weighted arc votes; weights[i] is trees[i]'s weight. */
export function combineTrees(trees: ParseResult[], weights: number[], decoder: TreeDecoder = 'cle'): ParseResult {
  const head = voteHeads(trees, weights, decoder);
  return { head, deprel: voteLabels(trees, head, weights) };
}

/** The heads of the tree with the most weighted arc votes (combineTrees without the labels). */
export function voteHeads(trees: ParseResult[], weights: number[], decoder: TreeDecoder = 'cle'): Int32Array {
  const n = trees[0].head.length;
  if (n === 0) return new Int32Array(0);
  const score: ScoreMatrix = Array.from({ length: n + 1 }, () => new Float64Array(n + 1));
  trees.forEach((t, k) => {
    for (let d = 0; d < n; d++) score[t.head[d]][d + 1] += weights[k];
  });
  return decoder === 'eisner' ? eisner(score, n) : chuLiuEdmonds(score, n);
}

/**
 * The labels of the arcs in head[]: each the label with the most weight among the trees having the
 * arc (a tie goes to the heavier tree, then the earlier); an arc no tree has takes the heaviest
 * tree's label for its dependent (other than root).
 */
export function voteLabels(trees: ParseResult[], head: Int32Array, weights: number[]): string[] {
  const n = head.length;
  const order = weights.map((_, k) => k).sort((a, b) => weights[b] - weights[a] || a - b);
  const deprel = new Array<string>(n);
  for (let d = 0; d < n; d++) {
    if (head[d] === 0) {
      deprel[d] = 'root';
      continue;
    }
    const votes = new Map<string, number>();
    let best = '';
    let bestVote = 0;
    for (const k of order) {
      if (trees[k].head[d] !== head[d]) continue;
      const l = trees[k].deprel[d];
      const v = (votes.get(l) ?? 0) + weights[k];
      votes.set(l, v);
      if (v > bestVote) {
        best = l;
        bestVote = v;
      }
    }
    if (!best) best = order.map((k) => trees[k].deprel[d]).find((l) => l !== 'root') ?? 'dep';
    deprel[d] = best;
  }
  return deprel;
}

export class ParserEnsemble implements SentenceParser {
  readonly members: readonly EnsembleMember[];
  readonly decoder: TreeDecoder;

  constructor(members: EnsembleMember[], decoder: TreeDecoder = 'cle') {
    if (members.length === 0) throw new Error('an ensemble needs at least one parser');
    this.members = members;
    this.decoder = decoder;
  }

  /** Loads the ensemble a file describes (readEnsembleSpec), its member folders beside the file. */
  static load(file: string): ParserEnsemble {
    const spec = readEnsembleSpec(file);
    const dir = join(file, '..');
    // Members sharing a vocabulary and label model on disk share them in memory too.
    const shared = new Map<string, SharedModel>();
    const folders = new Map(spec.members.filter((m) => !isNeuralMember(m.parser)).map((m) => [m.parser, Parser.load(join(dir, m.parser), shared)]));
    // A neural member hands sentences too long for it to the first transition parser.
    const fallback = folders.values().next().value ?? null;
    return new ParserEnsemble(spec.members.map((m) => ({
      parser: folders.get(m.parser) ?? NeuralParser.load(join(dir, m.parser), fallback), weight: m.weight,
    })), spec.decoder);
  }

  parse(words: string[], upos: string[], xpos: string[]): ParseResult {
    const trees = this.members.map((m) => m.parser.parse(words, upos, xpos));
    return combineTrees(trees, this.members.map((m) => m.weight), this.decoder);
  }
}
