/**
 * Our own force layout, computed once per data load: springs along edges, repulsion between
 * nodes found through a uniform grid (only neighbouring cells, so a step is about linear in the
 * node count), gravity toward the centre and a cooling step size. Deterministic start (a
 * sunflower spiral), so the same graph gives the same picture.
 */

export interface LayoutResult { x: Float64Array; y: Float64Array }

const K = 30; // ideal edge length in layout units

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

function repel(p: LayoutResult, dx: Float64Array, dy: Float64Array, cell: number): void {
  const n = p.x.length;
  const grid = new Map<number, number[]>();
  const keyOf = (cx: number, cy: number): number => (cx + 32768) * 65536 + (cy + 32768);
  for (let i = 0; i < n; i++) {
    const k = keyOf(Math.floor(p.x[i] / cell), Math.floor(p.y[i] / cell));
    const list = grid.get(k);
    if (list) list.push(i); else grid.set(k, [i]);
  }
  const cell2 = cell * cell;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(p.x[i] / cell);
    const cy = Math.floor(p.y[i] / cell);
    for (let ox = -1; ox <= 1; ox++) for (let oy = -1; oy <= 1; oy++) {
      const list = grid.get(keyOf(cx + ox, cy + oy));
      if (!list) continue;
      for (const j of list) {
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
    attract(p, links, dx, dy);
    for (let i = 0; i < n; i++) {
      dx[i] -= p.x[i] * 0.01; dy[i] -= p.y[i] * 0.01; // gravity keeps components together
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9;
      const step = Math.min(d, temp);
      p.x[i] += (dx[i] / d) * step;
      p.y[i] += (dy[i] / d) * step;
    }
    temp = Math.max(1, temp * cool);
  }
  return p;
}
