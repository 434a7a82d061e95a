/**
 * Query-string parsing and validation for every route: a malformed value is a 400 E_USAGE naming
 * the parameter, never a 500. Unknown parameters are refused too, so a typo does not silently
 * return unfiltered data.
 */
import { addDays } from '../doc/dates.js';
import type { Store, Window } from '../store/types.js';
import { usage } from './errors.js';

export type Query = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Codes are built from three-letter segments: a shorter prefix names no actor (and would match most of the store). */
const CODE = /^[A-Za-z0-9]{3,30}$/;

/** The query parameters, refusing repeated and unknown ones. */
export function queryOf(url: string, allowed: readonly string[]): Query {
  const params = new URL(url).searchParams;
  const out: Query = {};
  for (const [k, v] of params) {
    if (!allowed.includes(k)) throw usage(`unknown parameter "${k}" (allowed: ${allowed.join(', ') || 'none'})`);
    if (k in out) throw usage(`parameter "${k}" given twice`);
    out[k] = v;
  }
  return out;
}

export function date(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined || v === '') return undefined;
  if (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw usage(`${name} must be a date YYYY-MM-DD, not ${JSON.stringify(v)}`);
  return v;
}

/** A whole number in [min, max]; above max is an error (the caps are part of the contract). */
export function int(q: Query, name: string, dflt: number, min: number, max: number): number {
  const v = q[name];
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw usage(`${name} must be a whole number, not ${JSON.stringify(v)}`);
  const n = Number(v);
  if (n < min || n > max) throw usage(`${name} must be in ${min}..${max}, not ${n}`);
  return n;
}

export function flag(q: Query, name: string): boolean {
  const v = q[name];
  if (v === undefined || v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  throw usage(`${name} must be 1 or 0, not ${JSON.stringify(v)}`);
}

export function list(q: Query, name: string): string[] | undefined {
  const v = q[name];
  if (v === undefined || v === '') return undefined;
  return v.split(',').map((x) => x.trim()).filter(Boolean);
}

export function actorCode(v: string | undefined, name: string): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (!CODE.test(v)) throw usage(`${name} must be an actor code (3 to 30 letters and digits, e.g. USA, JPNGOV), not ${JSON.stringify(v)}`);
  return v.toUpperCase();
}

export function quads(q: Query, name: string): (1 | 2 | 3 | 4)[] | undefined {
  const vs = list(q, name);
  if (!vs) return undefined;
  for (const v of vs) if (!/^[1-4]$/.test(v)) throw usage(`${name} must be QuadClasses 1..4, comma-separated, not ${JSON.stringify(q[name])}`);
  return vs.map(Number) as (1 | 2 | 3 | 4)[];
}

/**
 * from/to of the query; a missing bound comes from the default window, the 90 days ending at the
 * latest effective event date in the store (today when the store has none).
 */
export async function windowOf(q: Query, store: Store): Promise<Window> {
  const from = date(q, 'from');
  const to = date(q, 'to');
  if (from !== undefined && to !== undefined) {
    if (from > to) throw usage(`from (${from}) is after to (${to})`);
    return { from, to };
  }
  const dflt = await defaultWindow(store);
  const w = { from: from ?? (to !== undefined ? addDays(to, -89) : dflt.from), to: to ?? (from !== undefined && from > dflt.to ? addDays(from, 89) : dflt.to) };
  if (w.from > w.to) throw usage(`from (${w.from}) is after to (${w.to})`);
  return w;
}

export async function defaultWindow(store: Store): Promise<Window> {
  const latest = (await store.latestDate()) ?? new Date().toISOString().slice(0, 10);
  return { from: addDays(latest, -89), to: latest };
}
