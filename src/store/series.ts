/**
 * Buckets daily dyad totals into days, ISO weeks or months. Done here rather than in SQL so both
 * drivers bucket identically (SQLite and PostgreSQL date functions differ).
 */
import type { Period, SeriesRow } from './types.js';

export interface DailyTotal {
  date: string;
  events: number;
  goldstein_tenths: number;
  q1: number; q2: number; q3: number; q4: number;
}

/** The Monday that starts the ISO week of a YYYY-MM-DD date. */
export function weekStart(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const day = new Date(t).getUTCDay(); // 0 = Sunday
  const back = (day + 6) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

export function periodOf(date: string, by: Period): string {
  return by === 'day' ? date : by === 'month' ? date.slice(0, 7) : weekStart(date);
}

export function bucket(rows: DailyTotal[], by: Period): SeriesRow[] {
  const out = new Map<string, { events: number; tenths: number; q: [number, number, number, number] }>();
  for (const r of rows) {
    const p = periodOf(r.date, by);
    let b = out.get(p);
    if (!b) { b = { events: 0, tenths: 0, q: [0, 0, 0, 0] }; out.set(p, b); }
    b.events += r.events; b.tenths += r.goldstein_tenths;
    b.q[0] += r.q1; b.q[1] += r.q2; b.q[2] += r.q3; b.q[3] += r.q4;
  }
  return [...out.entries()]
    .filter(([, b]) => b.events > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([period, b]) => ({
      period, events: b.events, goldsteinSum: b.tenths / 10,
      goldsteinMean: b.tenths / b.events / 10,
      q1: b.q[0], q2: b.q[1], q3: b.q[2], q4: b.q[3],
    }));
}
