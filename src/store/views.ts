/**
 * Dashboard views over the per-day per-dyad rollup (so they stay fast on millions of events):
 * the latest date, a daily timeline, the actor graph of a window and the dyads that changed most.
 * Like every aggregate, they count only actual, counted events (see types.ts).
 */
import { DyadError } from '../util/errors.js';
import { checkDate } from './codes.js';
import { Params, type Backend } from './dialect.js';
import { expandCode } from './read.js';
import type { ChangedDyad, GraphEdge, GraphNode, GraphQuery, TimelineDay, Window } from './types.js';

const n = (v: unknown) => Number(v ?? 0);

function window(w: Window): { from: string; to: string } {
  const from = checkDate(w.from, 'from');
  const to = checkDate(w.to, 'to');
  if (from === undefined || to === undefined) throw new DyadError('E_USAGE', 'a window needs both from and to');
  if (from > to) throw new DyadError('E_USAGE', `from (${from}) is after to (${to})`);
  return { from, to };
}

function limitOf(v: number | undefined, dflt: number, max: number): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < 1) throw new DyadError('E_USAGE', `limit must be a whole number >= 1, not ${v}`);
  return Math.min(v, max);
}

/** The latest effective date of a counted event, or null for an empty store. */
export async function latestDate(b: Backend): Promise<string | null> {
  const rows = await b.read.all('SELECT MAX(date) AS d FROM rollup');
  return (rows[0]?.d as string | null) ?? null;
}

export async function timeline(b: Backend, w: Window): Promise<TimelineDay[]> {
  const { from, to } = window(w);
  const p = new Params(b.dialect);
  const rows = await b.read.all(`SELECT date, SUM(events) AS events, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4
    FROM rollup WHERE date >= ${p.add(from)} AND date <= ${p.add(to)} GROUP BY date HAVING SUM(events) > 0 ORDER BY date`, p.values);
  return rows.map((r) => ({ date: String(r.date), events: n(r.events), q1: n(r.q1), q2: n(r.q2), q3: n(r.q3), q4: n(r.q4) }));
}

async function actorFilter(b: Backend, p: Params, q: GraphQuery): Promise<string[]> {
  const where: string[] = [];
  if (q.actor !== undefined) {
    const codes = await expandCode(b, q.actor, false);
    const list = codes.length ? p.list(codes) : null;
    where.push(list ? `(source_code IN (${list}) OR target_code IN (${p.list(codes)}))` : b.dialect.boolSql(false));
  }
  if (q.country !== undefined) {
    if (!/^[A-Z]{3}$/.test(q.country)) throw new DyadError('E_USAGE', `country must be a three-letter code, not ${JSON.stringify(q.country)}`);
    where.push(`(SUBSTR(source_code, 1, 3) = ${p.add(q.country)} OR SUBSTR(target_code, 1, 3) = ${p.add(q.country)})`);
  }
  return where;
}

/**
 * Directed edges source->target with their counted events in the window (only the QuadClasses in
 * `quad` when given; the Goldstein mean is over all of the edge's events), busiest first.
 */
export async function graphEdges(b: Backend, q: GraphQuery): Promise<GraphEdge[]> {
  const { from, to } = window(q);
  const p = new Params(b.dialect);
  const where = [`date >= ${p.add(from)}`, `date <= ${p.add(to)}`, ...(await actorFilter(b, p, q))];
  const quads = q.quad?.length ? q.quad : [1, 2, 3, 4];
  for (const x of quads) if (![1, 2, 3, 4].includes(x)) throw new DyadError('E_USAGE', `quad must be 1..4, not ${x}`);
  const counted = quads.map((x) => `SUM(q${x})`).join(' + ');
  const minEvents = q.minEvents ?? 1;
  if (!Number.isInteger(minEvents) || minEvents < 1) throw new DyadError('E_USAGE', `minEvents must be a whole number >= 1, not ${minEvents}`);
  const rows = await b.read.all(`SELECT source_code, target_code, ${counted} AS counted, SUM(events) AS events, SUM(goldstein_tenths) AS tenths,
      SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4
    FROM rollup WHERE ${where.join(' AND ')} GROUP BY source_code, target_code
    HAVING ${counted} >= ${p.add(minEvents)}
    ORDER BY counted DESC, source_code, target_code LIMIT ${p.add(limitOf(q.limit, 500, 5000))}`, p.values);
  return rows.map((r) => {
    const pick = (x: 1 | 2 | 3 | 4) => (quads.includes(x) ? n(r[`q${x}`]) : 0);
    return {
      source: String(r.source_code), target: String(r.target_code), events: n(r.counted),
      goldsteinMean: n(r.events) > 0 ? n(r.tenths) / n(r.events) / 10 : 0,
      q1: pick(1), q2: pick(2), q3: pick(3), q4: pick(4),
    };
  });
}

/** Nodes of a set of edges: each code with its events in them, and a stored surface form and country. */
export async function graphNodes(b: Backend, edges: GraphEdge[]): Promise<GraphNode[]> {
  const events = new Map<string, number>();
  for (const e of edges) {
    events.set(e.source, (events.get(e.source) ?? 0) + e.events);
    if (e.target !== e.source) events.set(e.target, (events.get(e.target) ?? 0) + e.events);
  }
  if (events.size === 0) return [];
  const p = new Params(b.dialect);
  // One stored surface form per code (an index seek each), not a scan of every actor mention.
  const rows = await b.read.all(`SELECT c.code,
      (SELECT a.text FROM actors a WHERE a.code = c.code LIMIT 1) AS name,
      (SELECT a.country FROM actors a WHERE a.code = c.code LIMIT 1) AS country
    FROM actor_codes c WHERE c.code IN (${p.list([...events.keys()])})`, p.values);
  const info = new Map(rows.map((r) => [String(r.code), r]));
  return [...events.entries()]
    .map(([code, count]) => {
      const r = info.get(code);
      return { code, name: (r?.name as string | null) ?? code, country: (r?.country as string | null) ?? code.slice(0, 3), events: count };
    })
    .sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : 1));
}

/** The day halfway through a window: the second half starts there. */
export function midpoint(from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const z = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((z - a) / 86_400_000) + 1;
  return new Date(a + Math.ceil(days / 2) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dyads whose Goldstein mean moved most between the first and the second half of the window
 * (both halves with at least minEvents events, default 1), largest |delta| first.
 */
export async function changedDyads(b: Backend, q: Window & { limit?: number; minEvents?: number }): Promise<ChangedDyad[]> {
  const { from, to } = window(q);
  const min = q.minEvents ?? 1;
  if (!Number.isInteger(min) || min < 1) throw new DyadError('E_USAGE', `minEvents must be a whole number >= 1, not ${min}`);
  const p = new Params(b.dialect);
  const m = midpoint(from, to);
  // '?' placeholders bind in text order: one parameter per occurrence.
  const rows = await b.read.all(`SELECT source_code, target_code,
      SUM(CASE WHEN date < ${p.add(m)} THEN events ELSE 0 END) AS e1, SUM(CASE WHEN date < ${p.add(m)} THEN goldstein_tenths ELSE 0 END) AS t1,
      SUM(CASE WHEN date >= ${p.add(m)} THEN events ELSE 0 END) AS e2, SUM(CASE WHEN date >= ${p.add(m)} THEN goldstein_tenths ELSE 0 END) AS t2
    FROM rollup WHERE date >= ${p.add(from)} AND date <= ${p.add(to)} GROUP BY source_code, target_code`, p.values);
  const out: ChangedDyad[] = [];
  for (const r of rows) {
    const e1 = n(r.e1), e2 = n(r.e2);
    if (e1 < min || e2 < min) continue;
    const before = n(r.t1) / e1 / 10, after = n(r.t2) / e2 / 10;
    out.push({ source: String(r.source_code), target: String(r.target_code), events: e1 + e2, before, after, delta: after - before });
  }
  out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || y.events - x.events || (x.source + x.target < y.source + y.target ? -1 : 1));
  return out.slice(0, limitOf(q.limit, 20, 200));
}
