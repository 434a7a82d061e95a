/**
 * Our own force layout, computed once per data load: springs along edges, repulsion between
 * nodes found through a uniform grid (only neighbouring cells, so a step is about linear in the
 * node count) plus a far field from the mass centres of an 8x8 coarse grid, gravity toward the
 * centre and a cooling step size. Deterministic start (a sunflower spiral), so the same graph
 * gives the same picture.
 */

export interface LayoutResult { x: Float64Array; y: Float64Array }

const K = 30; // ideal edge length in layout units
/**
 * Pull toward the centre per unit of distance: with the far field, the layout's half-height is
 * about K * sqrt(n / GRAVITY); weaker sideways (by WIDE), so the picture fits a wide canvas.
 */
const GRAVITY = 1.5;
const WIDE = 3;

function spiral(n: number): LayoutResult {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = K * Math.sqrt(i + 0.5);
    const a = i * 2.399963229728653; // golden angle
    x[i] = r * Math.cos(a);
    y[i] = r * Math.sin(a);
  }
  return { x, y };
}

/** Nodes bucketed into square cells by a counting sort: cell c holds order[start[c]..start[c+1]). */
interface Grid { cols: number; rows: number; minX: number; minY: number; start: Int32Array; order: Int32Array; cellOf: Int32Array }

function bucket(p: LayoutResult, cell: number): Grid {
  const n = p.x.length;
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, p.x[i]); maxX = Math.max(maxX, p.x[i]);
    minY = Math.min(minY, p.y[i]); maxY = Math.max(maxY, p.y[i]);
  }
  const cols = Math.min(2048, Math.floor((maxX - minX) / cell) + 1);
  const rows = Math.min(2048, Math.floor((maxY - minY) / cell) + 1);
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    const cx = Math.min(cols - 1, Math.floor((p.x[i] - minX) / cell));
    const cy = Math.min(rows - 1, Math.floor((p.y[i] - minY) / cell));
    cellOf[i] = cy * cols + cx;
    start[cellOf[i] + 1]++;
  }
  for (let c = 0; c < cols * rows; c++) start[c + 1] += start[c];
  const fill = start.slice(0, cols * rows);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[cellOf[i]]++] = i;
  return { cols, rows, minX, minY, start, order, cellOf };
}

function repel(p: LayoutResult, dx: Float64Array, dy: Float64Array, cell: number): void {
  const n = p.x.length;
  const g = bucket(p, cell);
  const cell2 = cell * cell;
  for (let i = 0; i < n; i++) {
    const cx = g.cellOf[i] % g.cols;
    const cy = (g.cellOf[i] - cx) / g.cols;
    for (let oy = Math.max(0, cy - 1); oy <= Math.min(g.rows - 1, cy + 1); oy++) {
      for (let ox = Math.max(0, cx - 1); ox <= Math.min(g.cols - 1, cx + 1); ox++) {
        const c = oy * g.cols + ox;
        for (let k = g.start[c]; k < g.start[c + 1]; k++) {
          const j = g.order[k];
          if (j <= i) continue;
          let ddx = p.x[i] - p.x[j];
          let ddy = p.y[i] - p.y[j];
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 > cell2) continue;
          if (d2 < 1e-6) { ddx = ((i * 7919) % 13) / 13 - 0.5; ddy = ((j * 104729) % 11) / 11 - 0.5; d2 = ddx * ddx + ddy * ddy + 1e-6; }
          const f = (K * K) / d2; // force / distance
          dx[i] += ddx * f; dy[i] += ddy * f;
          dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      }
    }
  }
}

const COARSE = 8;

/** Far-field repulsion: every node is pushed away from the mass centres of an 8x8 coarse grid. */
function repelFar(p: LayoutResult, dx: Float64Array, dy: Float64Array, near: number): void {
  const n = p.x.length;
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, p.x[i]); maxX = Math.max(maxX, p.x[i]);
    minY = Math.min(minY, p.y[i]); maxY = Math.max(maxY, p.y[i]);
  }
  const w = (maxX - minX) / COARSE + 1e-9;
  const h = (maxY - minY) / COARSE + 1e-9;
  const mass = new Float64Array(COARSE * COARSE);
  const sx = new Float64Array(COARSE * COARSE);
  const sy = new Float64Array(COARSE * COARSE);
  for (let i = 0; i < n; i++) {
    const c = Math.min(COARSE - 1, Math.floor((p.y[i] - minY) / h)) * COARSE + Math.min(COARSE - 1, Math.floor((p.x[i] - minX) / w));
    mass[c]++; sx[c] += p.x[i]; sy[c] += p.y[i];
  }
  const near2 = near * near;
  for (let c = 0; c < mass.length; c++) {
    if (mass[c] === 0) continue;
    const cx = sx[c] / mass[c];
    const cy = sy[c] / mass[c];
    for (let i = 0; i < n; i++) {
      const ddx = p.x[i] - cx;
      const ddy = p.y[i] - cy;
      const d2 = ddx * ddx + ddy * ddy;
      if (d2 <= near2) continue; // the near field is counted node by node
      const f = (mass[c] * K * K) / d2;
      dx[i] += ddx * f; dy[i] += ddy * f;
    }
  }
}

function attract(p: LayoutResult, links: Int32Array, dx: Float64Array, dy: Float64Array): void {
  for (let e = 0; e < links.length; e += 2) {
    const a = links[e];
    const b = links[e + 1];
    const ddx = p.x[a] - p.x[b];
    const ddy = p.y[a] - p.y[b];
    const d = Math.sqrt(ddx * ddx + ddy * ddy) + 1e-9;
    const f = d / K; // force / distance = d^2/K / d
    dx[a] -= ddx * f; dy[a] -= ddy * f;
    dx[b] += ddx * f; dy[b] += ddy * f;
  }
}

/** Positions for n nodes linked by pairs (a0,b0,a1,b1,...) after `iterations` steps. */
export function forceLayout(n: number, links: Int32Array, iterations = 300): LayoutResult {
  const p = spiral(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temp = K * Math.sqrt(n) * 0.5 + K;
  const cool = Math.pow(0.02, 1 / iterations);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0); dy.fill(0);
    repel(p, dx, dy, K * 3);
    repelFar(p, dx, dy, K * 3);
    attract(p, links, dx, dy);
    for (let i = 0; i < n; i++) {
      dx[i] -= (p.x[i] * GRAVITY) / WIDE; dy[i] -= p.y[i] * GRAVITY; // gravity keeps components together
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9;
      const step = Math.min(d, temp);
      p.x[i] += (dx[i] / d) * step;
      p.y[i] += (dy[i] / d) * step;
    }
    temp = Math.max(1, temp * cool);
  }
  return p;
}
