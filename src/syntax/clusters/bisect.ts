/**
 * Bisecting spherical k-means: the vectors (unit length) are split in two by 2-means on cosine
 * similarity, and each half again, down to a fixed depth or a minimum size. Each vector ends with the
 * path of 0s and 1s that led to its leaf, so a prefix of the path is a coarser cluster (like the bit
 * strings of Brown clusters, Koo et al. 2008). Deterministic: the same vectors and seed give the
 * same paths.
 */
import { seededRandom } from '../../util/random.js';

export interface BisectOptions {
  /** Length of the longest path (2^depth leaves at most). */
  depth: number;
  /** A cluster with fewer vectors than this is not split. */
  minSize?: number;
  /** 2-means iterations per split. */
  iterations?: number;
  seed?: number;
}

/** Vectors as rows of one array: n rows of dim numbers. */
export interface Matrix {
  data: Float64Array;
  n: number;
  dim: number;
}

/** Subtracts the mean row, then scales each row to unit length (a zero row stays zero). */
export function centreAndNormalise(m: Matrix): void {
  const { data, n, dim } = m;
  const mean = new Float64Array(dim);
  for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) mean[d] += data[i * dim + d];
  for (let d = 0; d < dim; d++) mean[d] /= n || 1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < dim; d++) {
      const v = data[i * dim + d] - mean[d];
      data[i * dim + d] = v;
      s += v * v;
    }
    const norm = Math.sqrt(s);
    if (norm > 0) for (let d = 0; d < dim; d++) data[i * dim + d] /= norm;
  }
}

function dot(m: Matrix, i: number, c: Float64Array): number {
  let s = 0;
  const o = i * m.dim;
  for (let d = 0; d < m.dim; d++) s += m.data[o + d] * c[d];
  return s;
}

/** Mean of the given rows, scaled to unit length. */
function centroid(m: Matrix, rows: readonly number[], out: Float64Array): void {
  out.fill(0);
  for (const i of rows) for (let d = 0; d < m.dim; d++) out[d] += m.data[i * m.dim + d];
  let s = 0;
  for (let d = 0; d < m.dim; d++) s += out[d] * out[d];
  const norm = Math.sqrt(s);
  if (norm > 0) for (let d = 0; d < m.dim; d++) out[d] /= norm;
}

/**
 * Splits rows in two by spherical 2-means, started from a random row and the row least like it.
 * Returns null if one side stays empty (all rows alike).
 */
export function split2(m: Matrix, rows: readonly number[], iterations: number, rand: () => number): [number[], number[]] | null {
  const a = new Float64Array(m.dim);
  const b = new Float64Array(m.dim);
  const first = rows[Math.floor(rand() * rows.length)];
  for (let d = 0; d < m.dim; d++) a[d] = m.data[first * m.dim + d];
  let far = rows[0];
  let farSim = Infinity;
  for (const i of rows) {
    const s = dot(m, i, a);
    if (s < farSim) {
      farSim = s;
      far = i;
    }
  }
  for (let d = 0; d < m.dim; d++) b[d] = m.data[far * m.dim + d];
  let left: number[] = [];
  let right: number[] = [];
  for (let it = 0; it < iterations; it++) {
    const l: number[] = [];
    const r: number[] = [];
    for (const i of rows) (dot(m, i, a) >= dot(m, i, b) ? l : r).push(i);
    const same = l.length === left.length && l.every((x, k) => x === left[k]);
    left = l;
    right = r;
    if (same || l.length === 0 || r.length === 0) break;
    centroid(m, left, a);
    centroid(m, right, b);
  }
  return left.length === 0 || right.length === 0 ? null : [left, right];
}

/** The path ("0110...") of each row's leaf; rows of one leaf share a path. */
export function bisect(m: Matrix, opts: BisectOptions): string[] {
  const minSize = Math.max(2, opts.minSize ?? 2);
  const iterations = opts.iterations ?? 20;
  const rand = seededRandom(opts.seed ?? 1);
  const paths = new Array<string>(m.n).fill('');
  // Depth-first, 0 before 1, so the random draws come in a fixed order.
  const stack: [number[], string][] = [[Array.from({ length: m.n }, (_, i) => i), '']];
  while (stack.length > 0) {
    const [rows, path] = stack.pop()!;
    const halves = path.length < opts.depth && rows.length >= minSize ? split2(m, rows, iterations, rand) : null;
    if (!halves) {
      for (const i of rows) paths[i] = path;
      continue;
    }
    stack.push([halves[1], path + '1'], [halves[0], path + '0']);
  }
  return paths;
}
