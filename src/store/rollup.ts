/**
 * The per-day per-dyad rollup: what one document's events add to (or, on recode, take from) it.
 * Computed in one place from event rows so insert and removal can never disagree.
 */
import type { NewRow } from './schema.js';

export type RollupDelta = NewRow<'rollup'>;

type CountableEvent = Pick<NewRow<'events'>, 'date' | 'source_code' | 'target_code' | 'modality' | 'goldstein' | 'quad_class' | 'counted'>;

/** Whether an event enters the aggregates (see the counting rule in types.ts). */
export function isCounted(e: CountableEvent): boolean {
  return e.counted && e.modality === 'actual' && e.date !== null && e.source_code !== null && e.target_code !== null;
}

/** Goldstein in tenths: the scale's values have one decimal, and integer sums subtract exactly. */
export function goldsteinTenths(g: number): number {
  return Math.round(g * 10);
}

/**
 * The rollup rows a set of events contributes, one per (date, source, target), multiplied by
 * `sign` (-1 to remove). Sorted by key so concurrent writers lock rows in the same order.
 */
export function rollupDeltas(events: CountableEvent[], sign: 1 | -1 = 1): RollupDelta[] {
  const byKey = new Map<string, RollupDelta>();
  for (const e of events) {
    if (!isCounted(e)) continue;
    const key = `${e.source_code}\u0000${e.target_code}\u0000${e.date}`;
    let d = byKey.get(key);
    if (!d) {
      d = { date: e.date!, source_code: e.source_code!, target_code: e.target_code!, events: 0, goldstein_tenths: 0, q1: 0, q2: 0, q3: 0, q4: 0 };
      byKey.set(key, d);
    }
    d.events += sign;
    d.goldstein_tenths += sign * goldsteinTenths(e.goldstein);
    const q = `q${e.quad_class}` as 'q1' | 'q2' | 'q3' | 'q4';
    d[q] += sign;
  }
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, d]) => d);
}

/** Merges deltas of several documents (a batch) into one set, dropping those that cancel out. */
export function mergeDeltas(lists: RollupDelta[][]): RollupDelta[] {
  const byKey = new Map<string, RollupDelta>();
  for (const list of lists) {
    for (const d of list) {
      const key = `${d.source_code}\u0000${d.target_code}\u0000${d.date}`;
      const m = byKey.get(key);
      if (!m) { byKey.set(key, { ...d }); continue; }
      m.events += d.events; m.goldstein_tenths += d.goldstein_tenths;
      m.q1 += d.q1; m.q2 += d.q2; m.q3 += d.q3; m.q4 += d.q4;
    }
  }
  return [...byKey.entries()]
    .filter(([, d]) => d.events !== 0 || d.goldstein_tenths !== 0 || d.q1 !== 0 || d.q2 !== 0 || d.q3 !== 0 || d.q4 !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, d]) => d);
}
