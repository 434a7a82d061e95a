/**
 * Dictionary dates. PETRARCH writes YYMMDD (00-30 -> 20YY, else 19YY, as KEDS and TABARI did) or
 * YYYYMMDD; overlays write ISO YYYY-MM-DD. Internally a date is the integer YYYYMMDD, so dates
 * compare with < and >.
 */

export type DateKey = number;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

/** Parses a PETRARCH date (YYMMDD or YYYYMMDD); null if malformed. */
export function parsePetrarchDate(s: string): DateKey | null {
  if (!/^\d{6}$|^\d{8}$/.test(s)) return null;
  let y: number;
  let rest: string;
  if (s.length === 6) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  }
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  return valid(y, m, d) ? y * 10000 + m * 100 + d : null;
}

/** Parses an ISO date YYYY-MM-DD; null if malformed. */
export function parseIsoDate(s: string): DateKey | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? y * 10000 + mo * 100 + d : null;
}

/** The day before a date key (for PETRARCH's strict `<date` bound). */
export function dayBefore(k: DateKey): DateKey {
  const y = Math.floor(k / 10000);
  const m = Math.floor(k / 100) % 100;
  const d = k % 100;
  const t = new Date(Date.UTC(y, m - 1, d) - 86400000);
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** Accepts a Date, 'YYYY-MM-DD' (or a longer ISO timestamp), 'YYYYMMDD' or a DateKey. */
export function toDateKey(date: Date | string | number): DateKey | null {
  if (typeof date === 'number') return Number.isInteger(date) && date > 10000101 ? date : null;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return null;
    return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  }
  if (/^\d{8}$/.test(date)) return parsePetrarchDate(date);
  return parseIsoDate(date.slice(0, 10));
}

/** DateKey back to YYYY-MM-DD. */
export function formatDateKey(k: DateKey): string {
  const s = String(k);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
