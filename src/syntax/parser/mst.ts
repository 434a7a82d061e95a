/**
 * Maximum spanning trees over a dense arc-score matrix, for reparsing (ensemble.ts). Nodes are 0 (the
 * root) to n; score[h][d] is the score of the arc h -> d (-Infinity: no such arc). Both decoders
 * return head[d - 1] for d = 1..n, with exactly one word attached to the root.
 *
 * - chuLiuEdmonds: the best tree, projective or not (Chu & Liu 1965; Edmonds 1967), O(n^3) here.
 * - eisner: the best projective tree (Eisner 1996), O(n^3).
 *
 * Ties go to the lower head (Chu-Liu-Edmonds) or the first split found (Eisner), so results are
 * deterministic.
 */

export type ScoreMatrix = Float64Array[];

/** An (n + 1) x (n + 1) matrix of -Infinity. */
export function emptyScores(n: number): ScoreMatrix {
  return Array.from({ length: n + 1 }, () => new Float64Array(n + 1).fill(-Infinity));
}

/** Finds a cycle among head[] (nodes 1..m-1, head[0] unused); returns its nodes or null. */
function findCycle(head: Int32Array, m: number): number[] | null {
  const mark = new Int32Array(m).fill(-1);
  for (let start = 1; start < m; start++) {
    if (mark[start] !== -1) continue;
    let v = start;
    while (v !== 0 && mark[v] === -1) {
      mark[v] = start;
      v = head[v];
    }
    if (v !== 0 && mark[v] === start) {
      const cycle = [v];
      for (let u = head[v]; u !== v; u = head[u]) cycle.push(u);
      return cycle;
    }
  }
  return null;
}

/** Chu-Liu-Edmonds on an m-node graph (node 0 the root); returns head[] with head[0] = -1. */
function cle(score: ScoreMatrix, m: number): Int32Array {
  const head = new Int32Array(m);
  head[0] = -1;
  for (let d = 1; d < m; d++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let h = 0; h < m; h++) {
      if (h !== d && score[h][d] > bestScore) {
        best = h;
        bestScore = score[h][d];
      }
    }
    if (best < 0) throw new Error(`node ${d} has no possible head`);
    head[d] = best;
  }
  const cycle = findCycle(head, m);
  if (!cycle) return head;
  // Contract the cycle into one node c: other nodes are renumbered 0..c-1, c is the last.
  const inCycle = new Uint8Array(m);
  for (const v of cycle) inCycle[v] = 1;
  const outside: number[] = [];
  for (let v = 0; v < m; v++) if (!inCycle[v]) outside.push(v);
  const c = outside.length;
  const mm = c + 1;
  const sub = Array.from({ length: mm }, () => new Float64Array(mm).fill(-Infinity));
  const enterVia = new Int32Array(mm).fill(-1); // for u -> c: the cycle node entered
  const leaveVia = new Int32Array(mm).fill(-1); // for c -> w: the cycle node leaving
  for (let i = 0; i < c; i++) {
    const u = outside[i];
    for (let j = 0; j < c; j++) if (i !== j) sub[i][j] = score[u][outside[j]];
    for (const v of cycle) {
      const s = score[u][v] - score[head[v]][v];
      if (s > sub[i][c]) {
        sub[i][c] = s;
        enterVia[i] = v;
      }
      if (score[v][u] > sub[c][i]) {
        sub[c][i] = score[v][u];
        leaveVia[i] = v;
      }
    }
  }
  const subHead = cle(sub, mm);
  const out = new Int32Array(m);
  out[0] = -1;
  for (const v of cycle) out[v] = head[v];
  for (let j = 1; j < c; j++) {
    const h = subHead[j];
    out[outside[j]] = h === c ? leaveVia[j] : outside[h];
  }
  const into = subHead[c];
  out[enterVia[into]] = outside[into];
  return out;
}

/** The maximum spanning tree with one root word, projective or not. */
export function chuLiuEdmonds(score: ScoreMatrix, n: number): Int32Array {
  if (n === 0) return new Int32Array(0);
  // A penalty on every arc from the root larger than any tree's total makes one root word optimal.
  let total = 0;
  for (let h = 0; h <= n; h++) for (let d = 1; d <= n; d++) if (h !== d && Number.isFinite(score[h][d])) total += Math.abs(score[h][d]);
  const penalty = 2 * total + 1;
  const s = score.map((row) => Float64Array.from(row));
  for (let d = 1; d <= n; d++) s[0][d] -= penalty;
  for (let v = 0; v <= n; v++) s[v][v] = -Infinity;
  for (let v = 1; v <= n; v++) s[v][0] = -Infinity;
  return cle(s, n + 1).slice(1);
}

/** The maximum projective spanning tree with one root word (Eisner's algorithm over words 1..n). */
export function eisner(score: ScoreMatrix, n: number): Int32Array {
  if (n === 0) return new Int32Array(0);
  const N = n + 1;
  // Spans over words s..t (1-based); complete/incomplete, with the head on the left (R) or right (L).
  const idx = (s: number, t: number) => s * N + t;
  const cR = new Float64Array(N * N).fill(-Infinity);
  const cL = new Float64Array(N * N).fill(-Infinity);
  const iR = new Float64Array(N * N).fill(-Infinity);
  const iL = new Float64Array(N * N).fill(-Infinity);
  const bcR = new Int32Array(N * N), bcL = new Int32Array(N * N), biR = new Int32Array(N * N), biL = new Int32Array(N * N);
  for (let s = 1; s <= n; s++) {
    cR[idx(s, s)] = 0;
    cL[idx(s, s)] = 0;
  }
  for (let k = 1; k < n; k++) {
    for (let s = 1; s + k <= n; s++) {
      const t = s + k;
      // Incomplete spans: arc s -> t (iR) or t -> s (iL) over cR[s][r] + cL[r+1][t].
      let best = -Infinity;
      let arg = s;
      for (let r = s; r < t; r++) {
        const v = cR[idx(s, r)] + cL[idx(r + 1, t)];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      iR[idx(s, t)] = best + score[s][t];
      iL[idx(s, t)] = best + score[t][s];
      biR[idx(s, t)] = arg;
      biL[idx(s, t)] = arg;
      // Complete spans.
      best = -Infinity;
      arg = s;
      for (let r = s; r < t; r++) {
        const v = cL[idx(s, r)] + iL[idx(r, t)];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      cL[idx(s, t)] = best;
      bcL[idx(s, t)] = arg;
      best = -Infinity;
      arg = s + 1;
      for (let r = s + 1; r <= t; r++) {
        const v = iR[idx(s, r)] + cR[idx(r, t)];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      cR[idx(s, t)] = best;
      bcR[idx(s, t)] = arg;
    }
  }
  // The root word r heads cL[1][r] and cR[r][n].
  let root = 1;
  let bestRoot = -Infinity;
  for (let r = 1; r <= n; r++) {
    const v = score[0][r] + cL[idx(1, r)] + cR[idx(r, n)];
    if (v > bestRoot) {
      bestRoot = v;
      root = r;
    }
  }
  const head = new Int32Array(n + 1);
  head[root] = 0;
  const stack: [number, number, number][] = [[1, root, 0], [root, n, 1]]; // kind: 0 cL, 1 cR, 2 iL, 3 iR
  while (stack.length) {
    const [s, t, kind] = stack.pop()!;
    if (s === t) continue;
    const k = idx(s, t);
    if (kind === 0) {
      const r = bcL[k];
      stack.push([s, r, 0], [r, t, 2]);
    } else if (kind === 1) {
      const r = bcR[k];
      stack.push([s, r, 3], [r, t, 1]);
    } else {
      head[kind === 2 ? s : t] = kind === 2 ? t : s;
      const r = kind === 2 ? biL[k] : biR[k];
      stack.push([s, r, 1], [r + 1, t, 0]);
    }
  }
  return head.slice(1);
}
