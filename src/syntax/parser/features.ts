/**
 * Feature templates after Zhang & Nivre (2011), adapted to arc-hybrid: in arc-hybrid a stack word
 * has no head yet, and its candidate heads are s1 (RIGHT) and b0 (LEFT), so the s0-head templates
 * of arc-eager become s1 templates here. Each feature is an integer hash of a template number and
 * a few per-word integers computed once per sentence: nothing builds strings while parsing.
 */
import { feat1, feat2, feat3, feat4, hashString, mix } from '../hash.js';
import { CLUSTER_LEVELS, type Vocabulary } from './words.js';
import { extractClusterFeatures, extractClusterLabelFeatures } from './cluster-features.js';
import type { FixedLabelView } from './fixed-labels.js';
import { NONE, type ParseState } from './state.js';

export const MAX_FEATURES = 192;

const NONE_TOKEN = hashString('<none>');
const ROOT_TOKEN = hashString('<root>');

/** Per-sentence integer views of the words. Slot x + 1 holds node x (slot 0 = no node, 1 = ROOT). */
export class SentenceCodes {
  readonly word: Uint32Array;
  readonly cls: Uint32Array;
  readonly xpos: Uint32Array;
  readonly upos: Uint32Array;
  /**
   * With a vocabulary that has word clusters: the hash of each slot's cluster at granularity j
   * (clusters/table.ts PREFIX_LENGTHS) at clus[j * stride + slot]; null without clusters.
   */
  readonly clus: Uint32Array | null;
  readonly stride: number;
  /** Labels the treebank settles (fixed-labels.ts), where the parser has a table; training leaves it null. */
  fixedLabels: FixedLabelView | null = null;

  constructor(forms: readonly string[], upos: readonly string[], xpos: readonly string[], vocab: Vocabulary) {
    const m = forms.length + 2;
    this.word = new Uint32Array(m);
    this.cls = new Uint32Array(m);
    this.xpos = new Uint32Array(m);
    this.upos = new Uint32Array(m);
    for (const a of [this.word, this.cls, this.xpos, this.upos]) {
      a[0] = NONE_TOKEN;
      a[1] = ROOT_TOKEN;
    }
    this.stride = m;
    this.clus = vocab.clusters ? new Uint32Array(CLUSTER_LEVELS * m) : null;
    if (this.clus) {
      for (let j = 0; j < CLUSTER_LEVELS; j++) {
        this.clus[j * m] = NONE_TOKEN;
        this.clus[j * m + 1] = ROOT_TOKEN;
      }
    }
    vocab.encode(forms, this.word, this.cls, 2, this.clus ?? undefined, m);
    for (let i = 0; i < forms.length; i++) {
      this.xpos[i + 2] = hashString(xpos[i] ?? '_');
      this.upos[i + 2] = hashString(upos[i] ?? '_');
    }
  }
}

/** The child of x kept in `a` (l1, r1 ...), or NONE for no x. */
function child(a: Int32Array, x: number): number {
  return x < 0 ? NONE : a[x];
}

/** Node x's label as a feature value: 0 for no node, else label + 2. */
function labelCode(lab: Int32Array, x: number): number {
  return x < 0 ? 0 : lab[x] + 2;
}

function bucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** Writes the features of a state into `out`; returns how many. */
export function extractFeatures(st: ParseState, sc: SentenceCodes, out: Uint32Array): number {
  const { word: W, xpos: P, upos: U, cls: C } = sc;
  const lab = st.label;
  const s0 = st.stackAt(0);
  const s1 = st.stackAt(1);
  const s2 = st.stackAt(2);
  const n0 = st.bufferAt(0);
  const n1 = st.bufferAt(1);
  const n2 = st.bufferAt(2);
  const s0l1 = child(st.l1, s0), s0l2 = child(st.l2, s0), s0r1 = child(st.r1, s0), s0r2 = child(st.r2, s0);
  const s1l1 = child(st.l1, s1), s1r1 = child(st.r1, s1), s1r2 = child(st.r2, s1);
  const n0l1 = child(st.l1, n0), n0l2 = child(st.l2, n0);

  const s0w = W[s0 + 1], s0p = P[s0 + 1], s0u = U[s0 + 1];
  const s1w = W[s1 + 1], s1p = P[s1 + 1], s1u = U[s1 + 1];
  const n0w = W[n0 + 1], n0p = P[n0 + 1], n0u = U[n0 + 1];
  const n1w = W[n1 + 1], n1p = P[n1 + 1];
  const n2w = W[n2 + 1], n2p = P[n2 + 1];
  const s2p = P[s2 + 1];
  const s0wp = mix(s0w, s0p), n0wp = mix(n0w, n0p), s1wp = mix(s1w, s1p);
  const dist = s0 >= 0 && n0 >= 0 ? bucket(n0 - s0) : 0;
  const dist1 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? st.nLeft[s0] : 0, s0vr = s0 >= 0 ? st.nRight[s0] : 0;
  const n0vl = n0 >= 0 ? st.nLeft[n0] : 0;
  const s1vl = s1 >= 0 ? st.nLeft[s1] : 0, s1vr = s1 >= 0 ? st.nRight[s1] : 0;
  const s0sl = s0 >= 0 ? mix(st.leftLabelsLo[s0], st.leftLabelsHi[s0]) : 0;
  const s0sr = s0 >= 0 ? mix(st.rightLabelsLo[s0], st.rightLabelsHi[s0]) : 0;
  const n0sl = n0 >= 0 ? mix(st.leftLabelsLo[n0], st.leftLabelsHi[n0]) : 0;
  const s1sr = s1 >= 0 ? mix(st.rightLabelsLo[s1], st.rightLabelsHi[s1]) : 0;

  let k = 0;
  let t = 0;
  out[k++] = feat1(t++, 0); // bias
  // Single words.
  out[k++] = feat1(t++, s0wp); out[k++] = feat1(t++, s0w); out[k++] = feat1(t++, s0p); out[k++] = feat1(t++, s0u);
  out[k++] = feat1(t++, n0wp); out[k++] = feat1(t++, n0w); out[k++] = feat1(t++, n0p); out[k++] = feat1(t++, n0u);
  out[k++] = feat2(t++, n1w, n1p); out[k++] = feat1(t++, n1w); out[k++] = feat1(t++, n1p);
  out[k++] = feat2(t++, n2w, n2p); out[k++] = feat1(t++, n2w); out[k++] = feat1(t++, n2p);
  out[k++] = feat1(t++, s1wp); out[k++] = feat1(t++, s1w); out[k++] = feat1(t++, s1p); out[k++] = feat1(t++, s1u);
  out[k++] = feat1(t++, s2p); out[k++] = feat1(t++, W[s2 + 1]);
  out[k++] = feat1(t++, C[s0 + 1]); out[k++] = feat1(t++, C[n0 + 1]); out[k++] = feat1(t++, C[n1 + 1]);
  out[k++] = feat2(t++, C[n0 + 1], n0p);
  // Word pairs.
  out[k++] = feat2(t++, s0wp, n0wp); out[k++] = feat2(t++, s0wp, n0w); out[k++] = feat2(t++, s0w, n0wp);
  out[k++] = feat2(t++, s0wp, n0p); out[k++] = feat2(t++, s0p, n0wp); out[k++] = feat2(t++, s0w, n0w);
  out[k++] = feat2(t++, s0p, n0p); out[k++] = feat2(t++, n0p, n1p); out[k++] = feat2(t++, s0u, n0u);
  out[k++] = feat2(t++, s1wp, s0wp); out[k++] = feat2(t++, s1wp, s0p); out[k++] = feat2(t++, s1p, s0wp);
  out[k++] = feat2(t++, s1w, s0w); out[k++] = feat2(t++, s1p, s0p); out[k++] = feat2(t++, s1u, s0u);
  out[k++] = feat2(t++, s1p, n0p); out[k++] = feat2(t++, s1w, n0w);
  out[k++] = feat2(t++, n0w, n1w); out[k++] = feat2(t++, n0wp, n1p); out[k++] = feat2(t++, n0p, n1wp(n1w, n1p));
  // Three words.
  out[k++] = feat3(t++, n0p, n1p, n2p); out[k++] = feat3(t++, s0p, n0p, n1p);
  out[k++] = feat3(t++, s1p, s0p, n0p); out[k++] = feat3(t++, s2p, s1p, s0p);
  out[k++] = feat3(t++, s0p, P[s0l1 + 1], n0p); out[k++] = feat3(t++, s0p, P[s0r1 + 1], n0p);
  out[k++] = feat3(t++, s0p, n0p, P[n0l1 + 1]); out[k++] = feat3(t++, s1p, P[s1r1 + 1], s0p);
  out[k++] = feat3(t++, s1p, s0p, P[s0l1 + 1]); out[k++] = feat3(t++, s1p, s0p, P[s0r1 + 1]);
  out[k++] = feat3(t++, s1p, P[s1l1 + 1], s0p); out[k++] = feat3(t++, s1w, s0p, n0p);
  out[k++] = feat3(t++, s1p, s0w, n0p); out[k++] = feat3(t++, s1p, s0p, n0w);
  // Distance.
  out[k++] = feat2(t++, s0w, dist); out[k++] = feat2(t++, s0p, dist); out[k++] = feat2(t++, n0w, dist);
  out[k++] = feat2(t++, n0p, dist); out[k++] = feat3(t++, s0w, n0w, dist); out[k++] = feat3(t++, s0p, n0p, dist);
  out[k++] = feat2(t++, s1w, dist1); out[k++] = feat2(t++, s0w, dist1); out[k++] = feat3(t++, s1w, s0w, dist1);
  out[k++] = feat3(t++, s1p, s0p, dist1); out[k++] = feat3(t++, s1p, s0w, dist1); out[k++] = feat3(t++, s1w, s0p, dist1);
  // Valency.
  out[k++] = feat2(t++, s0w, s0vr); out[k++] = feat2(t++, s0p, s0vr); out[k++] = feat2(t++, s0w, s0vl);
  out[k++] = feat2(t++, s0p, s0vl); out[k++] = feat2(t++, n0w, n0vl); out[k++] = feat2(t++, n0p, n0vl);
  out[k++] = feat2(t++, s1p, s1vr); out[k++] = feat2(t++, s1p, s1vl); out[k++] = feat2(t++, s1w, s1vr);
  // Children.
  out[k++] = feat1(t++, W[s0l1 + 1]); out[k++] = feat1(t++, P[s0l1 + 1]); out[k++] = feat1(t++, labelCode(lab, s0l1));
  out[k++] = feat1(t++, W[s0r1 + 1]); out[k++] = feat1(t++, P[s0r1 + 1]); out[k++] = feat1(t++, labelCode(lab, s0r1));
  out[k++] = feat1(t++, W[n0l1 + 1]); out[k++] = feat1(t++, P[n0l1 + 1]); out[k++] = feat1(t++, labelCode(lab, n0l1));
  out[k++] = feat1(t++, W[s1r1 + 1]); out[k++] = feat1(t++, P[s1r1 + 1]); out[k++] = feat1(t++, labelCode(lab, s1r1));
  out[k++] = feat1(t++, labelCode(lab, s1l1)); out[k++] = feat2(t++, s0p, labelCode(lab, s0l1)); out[k++] = feat2(t++, s0p, labelCode(lab, s0r1));
  out[k++] = feat2(t++, n0p, labelCode(lab, n0l1)); out[k++] = feat2(t++, s1p, labelCode(lab, s1r1));
  out[k++] = feat2(t++, s0w, labelCode(lab, s0l1)); out[k++] = feat2(t++, n0w, labelCode(lab, n0l1));
  // Second children.
  out[k++] = feat1(t++, W[s0l2 + 1]); out[k++] = feat1(t++, P[s0l2 + 1]); out[k++] = feat1(t++, labelCode(lab, s0l2));
  out[k++] = feat1(t++, W[s0r2 + 1]); out[k++] = feat1(t++, P[s0r2 + 1]); out[k++] = feat1(t++, labelCode(lab, s0r2));
  out[k++] = feat1(t++, W[n0l2 + 1]); out[k++] = feat1(t++, P[n0l2 + 1]); out[k++] = feat1(t++, labelCode(lab, n0l2));
  out[k++] = feat3(t++, s0p, P[s0l1 + 1], P[s0l2 + 1]); out[k++] = feat3(t++, s0p, P[s0r1 + 1], P[s0r2 + 1]);
  out[k++] = feat3(t++, n0p, P[n0l1 + 1], P[n0l2 + 1]); out[k++] = feat3(t++, s1p, P[s1r1 + 1], P[s1r2 + 1]);
  out[k++] = feat4(t++, s0p, labelCode(lab, s0l1), labelCode(lab, s0l2), n0p);
  // Label sets.
  out[k++] = feat2(t++, s0w, s0sr); out[k++] = feat2(t++, s0p, s0sr); out[k++] = feat2(t++, s0w, s0sl);
  out[k++] = feat2(t++, s0p, s0sl); out[k++] = feat2(t++, n0w, n0sl); out[k++] = feat2(t++, n0p, n0sl);
  out[k++] = feat2(t++, s1p, s1sr); out[k++] = feat3(t++, s1p, s0p, s0sl);
  if (sc.clus) k = extractClusterFeatures(sc, s0, s1, n0, n1, s0l1, s0r1, n0l1, dist, out, k);
  return k;
}

function n1wp(w: number, p: number): number {
  return mix(w, p);
}

/**
 * Features for choosing the label of an arc h -> d once the action is chosen: the two words, their
 * direction and distance, the dependent's subtree so far, the labels the head already has, and the
 * next buffer word. The label is a separate, smaller decision (see state.ts).
 */
export function extractLabelFeatures(st: ParseState, sc: SentenceCodes, h: number, d: number, out: Uint32Array): number {
  const { word: W, xpos: P, upos: U, cls: C } = sc;
  const dir = h > d ? 1 : 2;
  const hw = W[h + 1], hp = P[h + 1], hu = U[h + 1];
  const dw = W[d + 1], dp = P[d + 1], du = U[d + 1];
  const n0 = st.bufferAt(0);
  const n0p = P[n0 + 1];
  const lab = st.label;
  const dl1 = st.l1[d], dr1 = st.r1[d];
  const dist = bucket(Math.abs(h - d));
  const hLeft = mix(st.leftLabelsLo[h], st.leftLabelsHi[h]);
  const hRight = mix(st.rightLabelsLo[h], st.rightLabelsHi[h]);
  const dLeft = mix(st.leftLabelsLo[d], st.leftLabelsHi[d]);
  const dRight = mix(st.rightLabelsLo[d], st.rightLabelsHi[d]);
  const prevP = P[d], nextP = d + 2 < P.length ? P[d + 2] : 0;
  let k = 0;
  let t = 200;
  out[k++] = feat1(t++, dir);
  out[k++] = feat2(t++, dir, dw); out[k++] = feat2(t++, dir, dp); out[k++] = feat2(t++, dir, du); out[k++] = feat3(t++, dir, dw, dp);
  out[k++] = feat2(t++, dir, hw); out[k++] = feat2(t++, dir, hp); out[k++] = feat2(t++, dir, hu); out[k++] = feat3(t++, dir, hw, hp);
  out[k++] = feat3(t++, dir, hp, dp); out[k++] = feat3(t++, dir, hw, dp); out[k++] = feat3(t++, dir, hp, dw);
  out[k++] = feat3(t++, dir, hw, dw); out[k++] = feat3(t++, dir, hu, du); out[k++] = feat4(t++, dir, hp, dp, dist);
  out[k++] = feat2(t++, dir, C[d + 1]); out[k++] = feat3(t++, dir, dp, n0p); out[k++] = feat4(t++, dir, hp, dp, n0p);
  out[k++] = feat3(t++, dir, dp, labelCode(lab, dl1)); out[k++] = feat3(t++, dir, dp, labelCode(lab, dr1));
  out[k++] = feat3(t++, dir, dp, dl1 < 0 ? 0 : P[dl1 + 1]); out[k++] = feat3(t++, dir, dp, dr1 < 0 ? 0 : P[dr1 + 1]);
  out[k++] = feat3(t++, dir, dw, dl1 < 0 ? 0 : W[dl1 + 1]); out[k++] = feat3(t++, dir, dw, dr1 < 0 ? 0 : W[dr1 + 1]);
  out[k++] = feat3(t++, dir, dp, dLeft); out[k++] = feat3(t++, dir, dp, dRight); out[k++] = feat4(t++, dir, hp, dp, dLeft);
  out[k++] = feat3(t++, dir, hp, hLeft); out[k++] = feat3(t++, dir, hp, hRight); out[k++] = feat4(t++, dir, hp, dp, hLeft);
  out[k++] = feat4(t++, dir, hp, dp, hRight);
  out[k++] = feat3(t++, dir, dp, st.nLeft[d]); out[k++] = feat3(t++, dir, dp, st.nRight[d]);
  out[k++] = feat3(t++, dir, dp, prevP); out[k++] = feat3(t++, dir, dp, nextP); out[k++] = feat4(t++, dir, prevP, dp, hp);
  out[k++] = feat3(t++, dir, hw, du); out[k++] = feat3(t++, dir, hu, dw);
  if (sc.clus) k = extractClusterLabelFeatures(sc, h, d, dir, out, k);
  return k;
}
