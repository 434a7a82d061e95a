/**
 * Calendar helpers on plain YYYY-MM-DD strings. Dates are computed in UTC so the result never
 * depends on the machine's time zone.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseYmd(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** Month name or 3+-letter abbreviation ("Sept", "Feb.") -> 1..12, else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((name) => name.startsWith(w) && (w.length >= 3));
  if (i < 0) return 0;
  // "mar" and "may" are unambiguous by their third letter; "ju" prefixes need 3 letters, which we require.
  return i + 1;
}

export function weekdayNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = WEEKDAYS.findIndex((name) => name === w || (w.length >= 3 && name.startsWith(w)));
  return i;
}

/**
 * Normalises a date as metadata gives it ("2026-02-05T09:00:00+09:00", "20150804",
 * "2026/2/5", "February 5, 2026", "5 Feb 2026") to YYYY-MM-DD, or null. The date part of an
 * ISO timestamp is taken as written, not shifted to UTC: it is the publisher's calendar day.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(s);
  if (m && isValidYmd(+m[1], +m[2], +m[3])) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?/.exec(s);
  if (m && isValidYmd(+m[1], +m[2], +m[3])) return ymd(+m[1], +m[2], +m[3]);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[1]) && isValidYmd(+m[3], monthNumber(m[1]), +m[2])) return ymd(+m[3], monthNumber(m[1]), +m[2]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[2]) && isValidYmd(+m[3], monthNumber(m[2]), +m[1])) return ymd(+m[3], monthNumber(m[2]), +m[1]);
  return null;
}

/** Adds `days` (may be negative) to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const p = parseYmd(date);
  if (!p) throw new RangeError(`not a date: ${date}`);
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The latest given month/day on or before `published`, going back up to 8 years for Feb 29. */
function latestMonthDay(month: number, day: number, published: string): string | null {
  const p = parseYmd(published);
  if (!p) return null;
  for (let y = p.y; y > p.y - 8; y--) {
    if (!isValidYmd(y, month, day)) continue;
    const cand = ymd(y, month, day);
    if (cand <= published) return cand;
  }
  return null;
}

/** The latest day-of-month `day` on or before `published` (months without that day are skipped). */
function latestDayOfMonth(day: number, published: string): string | null {
  const p = parseYmd(published);
  if (!p || day < 1 || day > 31) return null;
  let y = p.y, m = p.m;
  for (let k = 0; k < 12; k++) {
    if (isValidYmd(y, m, day)) {
      const cand = ymd(y, m, day);
      if (cand <= published) return cand;
    }
    m -= 1;
    if (m === 0) { m = 12; y -= 1; }
  }
  return null;
}

function latestWeekday(weekday: number, published: string): string | null {
  const p = parseYmd(published);
  if (!p) return null;
  const pubDow = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return addDays(published, -((pubDow - weekday + 7) % 7));
}

/**
 * A day an announced or planned act is set for, after the publication date: "(on) Monday" is the
 * first Monday on or after it, "next Monday" the first after it, "tomorrow" the day after. Other
 * expressions: null (resolveRelativeDate reads them).
 */
export function resolveComingDate(expr: string, published: string | null): string | null {
  const e = expr.trim().replace(/^on\s+/i, '').replace(/[.,]$/, '').trim();
  if (!published || !parseYmd(published)) return null;
  if (/^tomorrow$/i.test(e)) return addDays(published, 1);
  const m = /^(next\s+|this\s+(?:coming\s+)?)?([A-Za-z]{3,})$/i.exec(e);
  const wd = m ? weekdayNumber(m[2]) : -1;
  if (!m || wd < 0) return null;
  const p = parseYmd(published)!;
  const ahead = (wd - new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 7) % 7;
  return addDays(published, ahead === 0 && /^next/i.test(m[1] ?? '') ? 7 : ahead);
}

const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_WORD = '([A-Za-z]{3,9})\\.?';

/**
 * Resolves a date expression as news text uses it, against the publication date:
 * explicit dates ("March 3, 2026", "2026-03-03", "3 March 2026") as given; "March 3rd" -> the
 * latest March 3 on or before publication; "Tuesday" -> the latest Tuesday on or before it
 * (the publication day itself when it is a Tuesday); "the 5th" -> the latest 5th;
 * "today", "yesterday". A leading "on" is ignored. Returns null when the expression is not a
 * date or a relative expression has no publication date to anchor it. Never a future date
 * for relative expressions.
 */
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countWord(w: string): number {
  const low = w.toLowerCase();
  if (low === 'a' || low === 'an') return 1;
  const i = COUNT_WORDS.indexOf(low);
  return i >= 0 ? i + 1 : +w;
}

export function resolveRelativeDate(expr: string, published: string | null): string | null {
  const day = resolveDayExpression(expr, published);
  if (day) return day;
  // "early on Wednesday", "late Tuesday", "on Monday night": a part of the day is on that day.
  const part = expr.trim().replace(/[.,]$/, '').replace(/^(?:early|late)\s+(?:on\s+)?/i, '').replace(/\s+(?:morning|afternoon|evening|night)$/i, '');
  return part !== expr.trim().replace(/[.,]$/, '') && !/^(last|this|to)/i.test(part) ? resolveDayExpression(part, published) : null;
}

function resolveDayExpression(expr: string, published: string | null): string | null {
  // "On the 15th local time" (translated Chinese wire copy): the clock zone does not change the day.
  const e = expr.trim().replace(/^on\s+/i, '').replace(/[.,]$/, '').replace(/,?\s+local\s+time$/i, '').trim();
  const explicit = normaliseDate(e);
  if (explicit) return explicit;
  if (!published || !parseYmd(published)) return null;
  const low = e.toLowerCase();
  if (low === 'today' || low === 'this morning' || low === 'tonight' || low === 'this evening') return published;
  if (low === 'yesterday' || low === 'last night') return addDays(published, -1);
  let m = new RegExp(`^${MONTH_WORD}\\s+${ORD}$`).exec(e) ?? null;
  if (m && monthNumber(m[1])) return latestMonthDay(monthNumber(m[1]), +m[2], published);
  m = new RegExp(`^(?:the\\s+)?${ORD}\\s+(?:of\\s+)?${MONTH_WORD}$`, 'i').exec(e);
  if (m && monthNumber(m[2])) return latestMonthDay(monthNumber(m[2]), +m[1], published);
  m = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(e);
  if (m) return latestDayOfMonth(+m[1], published);
  m = /^(last\s+|this\s+past\s+)?([A-Za-z]+)$/i.exec(e);
  if (m) {
    const wd = weekdayNumber(m[2]);
    if (wd >= 0 && m[2].length >= 3) {
      const day = latestWeekday(wd, published);
      // "last Tuesday" written on a Tuesday means a week ago, not today.
      return m[1] && day === published ? addDays(published, -7) : day;
    }
  }
  // "two days ago", "3 days ago", "a week ago": exact offsets. Vaguer spans ("last week") stay null.
  m = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|days|week|weeks)\s+ago$/i.exec(e);
  if (m) return addDays(published, -countWord(m[1]) * (m[2].toLowerCase().startsWith('week') ? 7 : 1));
  const cjk = /^(?:(\d{1,2})月)?(\d{1,2})日$/.exec(e);
  if (cjk) return cjk[1] ? latestMonthDay(+cjk[1], +cjk[2], published) : latestDayOfMonth(+cjk[2], published);
  return null;
}
