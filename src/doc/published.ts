/**
 * The publication date a plain text states about itself, for documents that come without metadata
 * or --date: a labelled line ("Published: March 5, 2026", "Posted on 2026-03-05"), a dateline that
 * carries its year ("WASHINGTON, March 5, 2026 (AP) --"), or the date in the path of the text's own
 * "Original: <url>" line (".../2026/03/05/...", "..._20260305.html"). Only the head and the tail of
 * the text are read: a date in the body is an event's date, not the document's.
 */
import { isValidYmd, normaliseDate, ymd } from './dates.js';
import { findOrigin } from './origin.js';

const HEAD_LINES = 6;
const TAIL_LINES = 6;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WRITTEN_DATE = String.raw`(?:(?:[a-z]+,?\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|(?:[a-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})`;
const LABELLED = new RegExp(String.raw`^\W*(?:published|posted|first published|date|dated|released|issued)(?:\s+(?:on|at))?\s*[:：]?\s*(${WRITTEN_DATE})\b`, 'i');
const DATELINE = new RegExp(String.raw`^[a-z .'-]{2,41},\s*(${WRITTEN_DATE})\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)`, 'i');
/** A dateline's place is written in capitals: "WASHINGTON, March 5, 2026 (AP) --". */
const DATELINE_PLACE = /^[A-Z][A-Z .'-]{1,40},/;

/** YYYY-MM-DD from a URL path: /2026/03/05/, /2026-03-05/, /20260305 (a year 1990-2099 first). */
export function dateInUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  let m = /(?:^|[/_-])((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=$|[/_.?#-])/.exec(path);
  if (!m) m = /(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=$|[/_.?#-])/.exec(path);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return y >= 1990 && isValidYmd(y, mo, d) ? ymd(y, mo, d) : null;
}

function statedDate(line: string): string | null {
  const m = LABELLED.exec(line) ?? (DATELINE_PLACE.test(line) ? DATELINE.exec(line) : null);
  return m ? normaliseDate(m[1].replace(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, '$1/$2/$3')) : null;
}

/** The date the text gives for its own publication, or null. */
export function publishedInText(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const edges = [...lines.slice(0, HEAD_LINES), ...lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES))];
  for (const line of edges) {
    const d = statedDate(line);
    if (d) return d;
  }
  const origin = findOrigin(text);
  return origin ? dateInUrl(origin.origin) : null;
}
