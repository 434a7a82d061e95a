/**
 * Word-cluster features (Koo, Carreras & Collins 2008): the clusters of the words around the
 * parser's focus (clusters/table.ts) at three granularities (S: 4-bit prefix, M: 8-bit prefix, F: the
 * whole path), alone and with the POS tags or clusters of the other words, where the base
 * templates (features.ts) use word forms. They give rare words the weights of common words that
 * occur in the same contexts in a large corpus. Emitted only by models with a cluster table, so
 * models without one score as before. Template numbers: 300+ (actions), 400+ (labels). The shipped
 * models have none: with GloVe clusters they did not pay on dev (models/syntax/README.md).
 */
import { feat1, feat2, feat3 } from '../hash.js';
import type { SentenceCodes } from './features.js';

/** Appends the action features from out[k]; returns the new count. Nodes as in extractFeatures (-1: none). */
export function extractClusterFeatures(
  sc: SentenceCodes, s0: number, s1: number, n0: number, n1: number,
  s0l1: number, s0r1: number, n0l1: number, dist: number, out: Uint32Array, k: number,
): number {
  const C = sc.clus!;
  const m = sc.stride;
  const P = sc.xpos;
  const S = (x: number) => C[x + 1], M = (x: number) => C[m + x + 1], F = (x: number) => C[2 * m + x + 1];
  const s0p = P[s0 + 1], s1p = P[s1 + 1], n0p = P[n0 + 1], n1p = P[n1 + 1];
  const s0S = S(s0), s0M = M(s0), s0F = F(s0);
  const n0S = S(n0), n0M = M(n0), n0F = F(n0);
  const s1M = M(s1), s1F = F(s1);
  const n1M = M(n1), n1F = F(n1);
  let t = 300;
  // Single words.
  out[k++] = feat1(t++, s0F); out[k++] = feat1(t++, s0M); out[k++] = feat1(t++, s0S);
  out[k++] = feat1(t++, n0F); out[k++] = feat1(t++, n0M); out[k++] = feat1(t++, n0S);
  out[k++] = feat1(t++, s1F); out[k++] = feat1(t++, s1M); out[k++] = feat1(t++, n1F); out[k++] = feat1(t++, n1M);
  out[k++] = feat2(t++, s0M, s0p); out[k++] = feat2(t++, n0M, n0p);
  // Pairs: cluster with the other word's cluster or tag.
  out[k++] = feat2(t++, s0F, n0F); out[k++] = feat2(t++, s0M, n0M); out[k++] = feat2(t++, s0S, n0S);
  out[k++] = feat2(t++, s0F, n0p); out[k++] = feat2(t++, s0p, n0F); out[k++] = feat2(t++, s0M, n0p); out[k++] = feat2(t++, s0p, n0M);
  out[k++] = feat2(t++, s1F, s0F); out[k++] = feat2(t++, s1M, s0M);
  out[k++] = feat2(t++, s1F, s0p); out[k++] = feat2(t++, s1p, s0F); out[k++] = feat2(t++, s1M, s0p); out[k++] = feat2(t++, s1p, s0M);
  out[k++] = feat2(t++, n0M, n1M); out[k++] = feat2(t++, n0p, n1M); out[k++] = feat2(t++, n0M, n1p);
  // Three words, distance, children.
  out[k++] = feat3(t++, s1p, s0M, n0p); out[k++] = feat3(t++, s0p, n0M, n1p); out[k++] = feat3(t++, s0M, n0M, dist);
  out[k++] = feat3(t++, s0p, M(s0l1), n0p); out[k++] = feat3(t++, s0p, M(s0r1), n0p); out[k++] = feat2(t++, n0p, M(n0l1));
  out[k++] = feat2(t++, s0M, P[s0l1 + 1]); out[k++] = feat2(t++, n0M, P[n0l1 + 1]);
  return k;
}

/** Appends the label features of arc h -> d (dir: 1 left arc, 2 right arc) from out[k]; returns the new count. */
export function extractClusterLabelFeatures(sc: SentenceCodes, h: number, d: number, dir: number, out: Uint32Array, k: number): number {
  const C = sc.clus!;
  const m = sc.stride;
  const P = sc.xpos;
  const hM = C[m + h + 1], hF = C[2 * m + h + 1];
  const dS = C[d + 1], dM = C[m + d + 1], dF = C[2 * m + d + 1];
  const hp = P[h + 1], dp = P[d + 1];
  let t = 400;
  out[k++] = feat2(t++, dir, dF); out[k++] = feat2(t++, dir, dM); out[k++] = feat3(t++, dir, dS, dp);
  out[k++] = feat2(t++, dir, hF); out[k++] = feat2(t++, dir, hM);
  out[k++] = feat3(t++, dir, hM, dM); out[k++] = feat3(t++, dir, hF, dF);
  out[k++] = feat3(t++, dir, hp, dM); out[k++] = feat3(t++, dir, hM, dp); out[k++] = feat3(t++, dir, hp, dF); out[k++] = feat3(t++, dir, hF, dp);
  return k;
}
