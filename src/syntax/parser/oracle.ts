/**
 * Dynamic oracle for the arc-hybrid system (Goldberg & Nivre 2013): the cost of an action is the
 * number of gold arcs that become unreachable by taking it, from any state, including states off
 * the gold path. Training follows the model's own (possibly wrong) actions and still learns the
 * best continuation. The cost is exact for projective gold trees, so training trees are first
 * projectivised by lifting (see projectivise).
 */
import { LEFT, NONE, RIGHT, SHIFT, type ParseState } from './state.js';

export interface GoldTree {
  /** head[d] for d in 1..n (0 = ROOT); index 0 unused. */
  head: Int32Array;
  label: Int32Array;
  /** Gold dependents of each node 0..n, flattened: children of h are kids[kidStart[h]..kidStart[h+1]). */
  kids: Int32Array;
  kidStart: Int32Array;
}

export function goldTree(head: Int32Array, label: Int32Array): GoldTree {
  const n = head.length - 1;
  const kidStart = new Int32Array(n + 2);
  for (let d = 1; d <= n; d++) kidStart[head[d] + 1]++;
  for (let h = 0; h <= n; h++) kidStart[h + 1] += kidStart[h];
  const fill = kidStart.slice(0, n + 1);
  const kids = new Int32Array(n);
  for (let d = 1; d <= n; d++) kids[fill[head[d]]++] = d;
  return { head, label, kids, kidStart };
}

/** Unlabeled costs of the three action types (Infinity when not allowed). */
export interface Costs {
  shift: number;
  left: number;
  right: number;
}

export function actionCosts(st: ParseState, g: GoldTree, out: Costs): void {
  const s0 = st.s0;
  const s1 = st.s1;
  const b = st.b;
  out.shift = Infinity;
  out.left = Infinity;
  out.right = Infinity;
  if (st.canShift()) {
    // b0 can no longer take a head from the stack below s0, nor dependents from the stack.
    let c = 0;
    const h = g.head[b];
    if (h !== s0 && st.stackPos[h] !== NONE) c++;
    for (let i = g.kidStart[b]; i < g.kidStart[b + 1]; i++) if (st.stackPos[g.kids[i]] !== NONE) c++;
    out.shift = c;
  }
  if (st.canLeft() || st.canRight()) {
    // Popping s0 loses its dependents still in the buffer...
    let deps = 0;
    for (let i = g.kidStart[s0]; i < g.kidStart[s0 + 1]; i++) if (g.kids[i] >= b) deps++;
    const h = g.head[s0];
    // ...and its head, unless the head is the one it is attached to.
    if (st.canLeft()) out.left = deps + (h !== b && (h === s1 || h > b) ? 1 : 0);
    if (st.canRight()) out.right = deps + (h >= b ? 1 : 0);
  }
}

/** Unlabeled action costs into `cost` (indexed SHIFT, LEFT, RIGHT). */
export function costArray(st: ParseState, g: GoldTree, tmp: Costs, cost: Float64Array): void {
  actionCosts(st, g, tmp);
  cost[SHIFT] = tmp.shift;
  cost[LEFT] = tmp.left;
  cost[RIGHT] = tmp.right;
}

export function validActions(st: ParseState, valid: Uint8Array): void {
  valid[SHIFT] = st.canShift() ? 1 : 0;
  valid[LEFT] = st.canLeft() ? 1 : 0;
  valid[RIGHT] = st.canRight() ? 1 : 0;
}

function isAncestor(head: Int32Array, a: number, d: number): boolean {
  for (let x = d; x > 0; x = head[x]) if (x === a) return true;
  return a === 0;
}

function nonProjective(head: Int32Array, d: number): boolean {
  const h = head[d];
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) if (!isAncestor(head, h, k)) return true;
  return false;
}

/**
 * Makes a tree projective by repeatedly lifting the shortest non-projective arc to the head's
 * head (Nivre & Nilsson 2005, without encoding the lift in the label). Returns a new array.
 */
export function projectivise(head: Int32Array): Int32Array {
  const h = head.slice();
  const n = h.length - 1;
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const len = Math.abs(h[d] - d);
      if (len < bestLen && h[d] > 0 && nonProjective(h, d)) {
        best = d;
        bestLen = len;
      }
    }
    if (best < 0) return h;
    h[best] = h[h[best]];
  }
}

export function isProjective(head: Int32Array): boolean {
  for (let d = 1; d < head.length; d++) if (nonProjective(head, d)) return false;
  return true;
}
