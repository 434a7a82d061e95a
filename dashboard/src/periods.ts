/** Every period between a series' first and last row, so gaps show as gaps (the API lists only periods with events). */
import type { SeriesRow } from './api.js';

export type Period = 'day' | 'week' | 'month';

function next(period: string, by: Period): string {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const t = Date.parse(`${period}T00:00:00Z`) + (by === 'week' ? 7 : 1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function fillPeriods(rows: SeriesRow[], by: Period, max = 2000): SeriesRow[] {
  if (rows.length < 2) return rows;
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const last = rows[rows.length - 1].period;
  const out: SeriesRow[] = [];
  for (let p = rows[0].period; p <= last && out.length < max; p = next(p, by)) {
    out.push(byPeriod.get(p) ?? { period: p, events: 0, goldsteinMean: 0, q1: 0, q2: 0, q3: 0, q4: 0 });
  }
  return out.length < max && out[out.length - 1]?.period === last ? out : rows;
}
