/**
 * Choosing a parser ensemble's vote weights cheaply (ensemble-grid-cli.ts): each member parses the
 * sentences once, and every weight setting then only re-decodes the cached trees (voteHeads and
 * voteLabels of ensemble.ts, the code the ensemble itself runs). Training-time only.
 */
import { attachmentScores, type AttachmentScores, type TreeLike } from './evaluate.js';
import { voteHeads, voteLabels, type TreeDecoder } from './ensemble.js';
import type { ParseResult } from './parser.js';

/** from, from + step, ... up to to (inclusive), rounded to 6 decimals so 0.1 steps stay exact. */
export function steps(from: number, to: number, step: number): number[] {
  if (!(step > 0) || to < from) throw new Error(`bad range ${from}-${to} step ${step}`);
  const out: number[] = [];
  for (let i = 0; ; i++) {
    const v = Math.round((from + i * step) * 1e6) / 1e6;
    if (v > to + 1e-9) return out;
    out.push(v);
  }
}

/** Every weight setting with the first member at `anchor` and each other member at each of `values`. */
export function weightSettings(members: number, anchor: number, values: number[]): number[][] {
  let out: number[][] = [[anchor]];
  for (let k = 1; k < members; k++) out = out.flatMap((w) => values.map((v) => [...w, v]));
  return out;
}

/** The ensemble's heads for every sentence; memberTrees[s][k] is member k's tree of sentence s. */
export function decodeHeads(memberTrees: ParseResult[][], weights: number[], decoder: TreeDecoder): Int32Array[] {
  return memberTrees.map((trees) => voteHeads(trees, weights, decoder));
}

/** Scores the trees of the given heads, labelled by a vote with labelWeights, against gold. */
export function scoreLabelled(memberTrees: ParseResult[][], heads: Int32Array[], labelWeights: number[], gold: TreeLike[]): AttachmentScores {
  const pred = memberTrees.map((trees, s) => ({ head: heads[s], deprel: voteLabels(trees, heads[s], labelWeights) }));
  return attachmentScores(gold, pred, []);
}

export interface GridRow {
  weights: number[];
  uas: number;
  las: number;
  lasFull: number;
}

/** Scores each setting (arcs and labels voted with the same weights, as the ensemble does) against gold. */
export function gridScores(memberTrees: ParseResult[][], gold: TreeLike[], settings: number[][], decoder: TreeDecoder): GridRow[] {
  return settings.map((weights) => {
    const sc = scoreLabelled(memberTrees, decodeHeads(memberTrees, weights, decoder), weights, gold);
    return { weights, uas: sc.uas, las: sc.las, lasFull: sc.lasFull };
  });
}

/** Best first: by UAS, then LAS, then LAS with subtypes. */
export function rankRows(rows: GridRow[]): GridRow[] {
  return [...rows].sort((a, b) => b.uas - a.uas || b.las - a.las || b.lasFull - a.lasFull);
}
