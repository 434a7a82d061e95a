/**
 * Training the boundary classifier on running text rebuilt from a treebank (goldDocuments): every
 * candidate gap of the rule-based splitter is an example, labelled by whether a gold sentence ends
 * there. Then the two decision thresholds (add / keep, see sbd-model.ts) are chosen on dev for the
 * best boundary F1 among those that keep precision at a floor, using the same scoring as
 * `dyad eval sentences` (score.ts).
 */
import { PerceptronTrainer } from '../syntax/perceptron.js';
import { WeightTable } from '../syntax/weights.js';
import { DyadError } from '../util/errors.js';
import { seededRandom } from '../util/random.js';
import type { GoldDocument } from './gold.js';
import { GapContext, MAX_FEATURES } from './sbd-features.js';
import { SbdLexicon } from './sbd-lexicon.js';
import { SbdModel, type SbdThresholds } from './sbd-model.js';
import { boundaryCounts, prf, type PRCounts } from './score.js';
import { sentenceEnds } from './sentences.js';
import { isSpace } from './chars.js';
import { tokenize } from './tokenize.js';

export interface TrainSbdOptions {
  epochs?: number;
  seed?: number;
  /**
   * Perceptrons trained on differently shuffled examples (seeds seed, seed + 1, ...) whose
   * weights are averaged: one perceptron's decisions near the threshold depend on its shuffle.
   */
  bags?: number;
  /** log2 of the weight table's rows while training. */
  rowBits?: number;
  /** Averaged weights below this magnitude are dropped from the model. */
  minWeight?: number;
  /** Features seen in fewer training examples than this are left out (names, ids: memorised noise). */
  minCount?: number;
  log?: (s: string) => void;
}

/** Candidate gaps of a set of documents: features flattened MAX_FEATURES per example. */
export interface GapExamples {
  feats: Int32Array;
  nFeats: Uint8Array;
  label: Uint8Array;
  rule: Uint8Array;
  length: number;
}

function trimmedEnd(text: string, e: number): number {
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Gold sentence ends of a document as trimmed offsets. */
function goldEndSet(doc: GoldDocument): Set<number> {
  return new Set(doc.sentenceEnd.map((e) => trimmedEnd(doc.text, e)));
}

interface DocGaps {
  cx: GapContext;
  tokEnd: Int32Array;
}

function docGaps(doc: GoldDocument, lexicon: SbdLexicon): DocGaps {
  const tok = tokenize(doc.text);
  return { cx: new GapContext(doc.text, tok, sentenceEnds(doc.text, tok), lexicon), tokEnd: tok.end };
}

/** Each gold sentence's words, for learning openers and closers. */
export function goldSentences(docs: GoldDocument[]): string[][] {
  const out: string[][] = [];
  for (const doc of docs) {
    let w = 0;
    for (let s = 0; s < doc.sentenceEnd.length; s++) {
      const words: string[] = [];
      while (w < doc.wordStart.length && doc.wordStart[w] < doc.sentenceEnd[s]) {
        words.push(doc.text.slice(doc.wordStart[w], doc.wordEnd[w]));
        w++;
      }
      out.push(words);
    }
  }
  return out;
}

export function gapExamples(docs: GoldDocument[], lexicon: SbdLexicon): GapExamples {
  const feats: number[] = [];
  const nFeats: number[] = [];
  const label: number[] = [];
  const rule: number[] = [];
  const buf = new Int32Array(MAX_FEATURES);
  for (const doc of docs) {
    const gold = goldEndSet(doc);
    const { cx, tokEnd } = docGaps(doc, lexicon);
    for (let i = 0; i + 1 < cx.n; i++) {
      if (!cx.isCandidate(i)) continue;
      const m = cx.features(i, buf);
      for (let k = 0; k < MAX_FEATURES; k++) feats.push(k < m ? buf[k] : 0);
      nFeats.push(m);
      label.push(gold.has(tokEnd[i]) ? 1 : 0);
      rule.push(cx.rule[i]);
    }
  }
  return { feats: Int32Array.from(feats), nFeats: Uint8Array.from(nFeats), label: Uint8Array.from(label), rule: Uint8Array.from(rule), length: label.length };
}

/**
 * Examples whose opener/closer features are jackknifed: each of `folds` slices of the documents
 * is featurised with a lexicon learned from the other slices, so the classifier learns how far to
 * trust the lexicon on words it has not counted (as at run time), not on its own training data.
 */
export function jackknifeExamples(docs: GoldDocument[], folds: number, minWordCount?: number): GapExamples {
  const parts: GapExamples[] = [];
  for (let k = 0; k < folds; k++) {
    const inFold = docs.filter((_, i) => i % folds === k);
    const rest = docs.filter((_, i) => i % folds !== k);
    parts.push(gapExamples(inFold, SbdLexicon.fromSentences(goldSentences(rest), minWordCount)));
  }
  const cat = <T extends Int32Array | Uint8Array>(xs: T[], make: (n: number) => T): T => {
    const out = make(xs.reduce((n, x) => n + x.length, 0));
    let o = 0;
    for (const x of xs) { out.set(x, o); o += x.length; }
    return out;
  };
  return {
    feats: cat(parts.map((p) => p.feats), (n) => new Int32Array(n)),
    nFeats: cat(parts.map((p) => p.nFeats), (n) => new Uint8Array(n)),
    label: cat(parts.map((p) => p.label), (n) => new Uint8Array(n)),
    rule: cat(parts.map((p) => p.rule), (n) => new Uint8Array(n)),
    length: parts.reduce((n, p) => n + p.length, 0),
  };
}

export function trainSbd(ex: GapExamples, lexicon: SbdLexicon, opts: TrainSbdOptions = {}): SbdModel {
  const bags = opts.bags ?? 1;
  const seed = opts.seed ?? 1;
  const kept = keepFrequent(ex, opts.minCount ?? 1);
  const tables: WeightTable[] = [];
  for (let b = 0; b < bags; b++) tables.push(trainOne(ex, kept, seed + b, opts));
  const weights = bags === 1 ? tables[0] : averageTables(tables, opts.minWeight ?? 1e-3);
  return new SbdModel(weights, lexicon, { add: 0, keep: 0 });
}

function trainOne(ex: GapExamples, kept: Uint8Array, seed: number, opts: TrainSbdOptions): WeightTable {
  const epochs = opts.epochs ?? 10;
  const log = opts.log ?? (() => {});
  const p = new PerceptronTrainer(2, opts.rowBits ?? 20);
  const rand = seededRandom(seed);
  const order = Array.from({ length: ex.length }, (_, i) => i);
  const scores = new Float32Array(2);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    for (const i of order) {
      const f = ex.feats.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES);
      scores[0] = 0;
      scores[1] = 0;
      p.score(f, kept[i], scores);
      const guess = scores[1] > scores[0] ? 1 : 0;
      const y = ex.label[i];
      if (guess !== y) wrong++;
      p.step(y, guess, f, kept[i]);
      p.tick();
    }
    log(`sbd seed ${seed} epoch ${epoch}: ${((100 * wrong) / ex.length).toFixed(2)}% wrong of ${ex.length} candidate gaps`);
  }
  return p.freeze(opts.minWeight ?? 1e-3);
}

/** The mean of weight tables of the same shape, row by row (weights below minWeight dropped). */
export function averageTables(tables: readonly WeightTable[], minWeight: number): WeightTable {
  const { nClasses, rowBits } = tables[0];
  const sum = new Map<number, Float64Array>();
  for (const t of tables) {
    if (t.nClasses !== nClasses || t.rowBits !== rowBits) throw new DyadError('E_MODEL', 'averageTables: tables differ in shape');
    for (let r = 0; r < t.keys.length; r++) {
      let row = sum.get(t.keys[r]);
      if (!row) sum.set(t.keys[r], (row = new Float64Array(nClasses)));
      for (let j = t.offsets[r]; j < t.offsets[r + 1]; j++) row[t.cls[j]] += t.val[j] / tables.length;
    }
  }
  const keys: number[] = [];
  const offsets: number[] = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (const key of [...sum.keys()].sort((a, b) => a - b)) {
    const row = sum.get(key) as Float64Array;
    for (let c = 0; c < nClasses; c++) {
      if (Math.abs(row[c]) < minWeight) continue;
      cls.push(c);
      val.push(row[c]);
    }
    if (cls.length > offsets[offsets.length - 1]) {
      keys.push(key);
      offsets.push(cls.length);
    }
  }
  return new WeightTable(nClasses, rowBits, Uint32Array.from(keys), Uint32Array.from(offsets), Uint16Array.from(cls), Float32Array.from(val));
}

/**
 * Moves each example's features seen fewer than minCount times to the end of its row and returns
 * how many remain per example (the others are then never trained, so they carry no weight).
 */
function keepFrequent(ex: GapExamples, minCount: number): Uint8Array {
  const kept = Uint8Array.from(ex.nFeats);
  if (minCount <= 1) return kept;
  const count = new Map<number, number>();
  for (let i = 0; i < ex.length; i++) {
    for (let k = 0; k < ex.nFeats[i]; k++) {
      const f = ex.feats[i * MAX_FEATURES + k];
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  for (let i = 0; i < ex.length; i++) {
    const row = ex.feats.subarray(i * MAX_FEATURES, i * MAX_FEATURES + ex.nFeats[i]);
    let m = 0;
    const rare: number[] = [];
    for (const f of row) if ((count.get(f) ?? 0) >= minCount) row[m++] = f; else rare.push(f);
    row.set(rare, m);
    kept[i] = m;
  }
  return kept;
}

/** Per document: the offsets of fixed boundaries and of scored candidate gaps, with gold ends. */
interface ScoredDoc {
  text: string;
  gold: number[];
  fixed: number[];
  at: number[];
  margin: number[];
  rule: number[];
}

function scoreDocs(model: SbdModel, docs: GoldDocument[]): ScoredDoc[] {
  return docs.map((doc) => {
    const { cx, tokEnd } = docGaps(doc, model.lexicon);
    const d: ScoredDoc = { text: doc.text, gold: doc.sentenceEnd, fixed: [], at: [], margin: [], rule: [] };
    for (let i = 0; i + 1 < cx.n; i++) {
      if (cx.isCandidate(i)) {
        d.at.push(tokEnd[i]);
        d.margin.push(model.margin(cx, i));
        d.rule.push(cx.rule[i]);
      } else if (cx.rule[i]) {
        d.fixed.push(tokEnd[i]);
      }
    }
    return d;
  });
}

function countAt(docs: ScoredDoc[], t: SbdThresholds): PRCounts {
  const total: PRCounts = { tp: 0, predicted: 0, gold: 0 };
  for (const d of docs) {
    const ends = d.fixed.slice();
    for (let k = 0; k < d.at.length; k++) if (d.margin[k] > (d.rule[k] ? t.keep : t.add)) ends.push(d.at[k]);
    const c = boundaryCounts(d.text, ends, d.gold);
    total.tp += c.tp;
    total.predicted += c.predicted;
    total.gold += c.gold;
  }
  return total;
}

export interface ThresholdChoice {
  thresholds: SbdThresholds;
  counts: PRCounts;
}

/**
 * The add/keep thresholds with the best boundary F1 on docs among those whose precision is at
 * least minPrecision (or, if none reaches it, the most precise). Ties go to the higher thresholds.
 */
export function chooseThresholds(model: SbdModel, docs: GoldDocument[], minPrecision: number): ThresholdChoice {
  const scored = scoreDocs(model, docs);
  const rule = scored.flatMap((d) => d.margin.filter((_, k) => d.rule[k] === 1));
  const other = scored.flatMap((d) => d.margin.filter((_, k) => d.rule[k] === 0));
  const keeps = quantiles(rule, 0, 0.2, 40);
  const adds = quantiles(other, 0.8, 1, 40);
  let best: ThresholdChoice | null = null;
  let bestF = -1;
  let bestP = -1;
  for (const keep of keeps) {
    for (const add of adds) {
      const counts = countAt(scored, { add, keep });
      const { p, f } = prf(counts);
      const ok = p >= minPrecision;
      const better = ok ? (bestP < minPrecision || f >= bestF) : bestP < minPrecision && p > bestP;
      if (best === null || better) {
        best = { thresholds: { add, keep }, counts };
        bestF = ok ? f : -1;
        bestP = p;
      }
    }
  }
  return best as ThresholdChoice;
}

/** n + 1 values from quantile lo to quantile hi of xs, plus 0 (the perceptron's own boundary). */
function quantiles(xs: number[], lo: number, hi: number, n: number): number[] {
  const sorted = xs.slice().sort((a, b) => a - b);
  const out = new Set<number>([0]);
  if (sorted.length === 0) return [0];
  for (let k = 0; k <= n; k++) {
    const q = lo + ((hi - lo) * k) / n;
    out.add(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  }
  return [...out].sort((a, b) => a - b);
}

/** Boundary counts of a segmentation function over gold documents (as `dyad eval sentences`). */
export function boundaryScore(docs: GoldDocument[], ends: (text: string) => number[]): PRCounts {
  const total: PRCounts = { tp: 0, predicted: 0, gold: 0 };
  for (const doc of docs) {
    const c = boundaryCounts(doc.text, ends(doc.text), doc.sentenceEnd);
    total.tp += c.tp;
    total.predicted += c.predicted;
    total.gold += c.gold;
  }
  return total;
}
