/**
 * Actor and CAMEO codes in queries. Actor codes match by prefix (a broader actor contains the
 * narrower: USA contains USAGOV); the store expands a prefix to the codes it has seen, so the
 * query becomes index seeks rather than a range scan over every dyad starting with it.
 */
import { DyadError } from '../util/errors.js';

const ACTOR_CODE = /^[A-Z0-9]{1,30}$/;
const CAMEO_CODE = /^[0-9]{2,4}[A-Z0-9]?$/;

export function normaliseActorCode(code: string): string {
  const c = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (!ACTOR_CODE.test(c)) throw new DyadError('E_USAGE', `not an actor code (letters and digits, e.g. USA, JPNGOV): ${JSON.stringify(code)}`);
  return c;
}

export function checkCameoCode(code: string): string {
  const c = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (!CAMEO_CODE.test(c)) throw new DyadError('E_USAGE', `not a CAMEO code (e.g. 04, 042, 1123): ${JSON.stringify(code)}`);
  return c;
}

/** [lo, hi): every string starting with `prefix` sorts in it (byte order, COLLATE "C" in PostgreSQL). */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(d: string | undefined, what: string): string | undefined {
  if (d === undefined) return undefined;
  if (typeof d !== 'string' || !DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) {
    throw new DyadError('E_USAGE', `${what} is not a date YYYY-MM-DD: ${JSON.stringify(d)}`);
  }
  return d;
}
