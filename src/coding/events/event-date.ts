/**
 * The date of an event: a date expression attached to its clause ("on Monday", "March 3",
 * "yesterday") resolved against the document date. Without one, an event reported by a cited
 * outlet takes the report's date ("According to a Kyodo News report on March 3, ..."), any other
 * the document's (coder.ts).
 */
import { monthNumber, resolveComingDate, resolveRelativeDate, weekdayNumber } from '../../doc/dates.js';
import { caseOf } from './roles.js';
import type { Tree } from './tree.js';

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

const TEMPORAL_RELS = new Set(['obl:tmod', 'nmod:tmod', 'obl:npmod', 'obl:unmarked', 'nmod:unmarked']);
/** Nominal dependents of the verb whose own date modifier is the clause's ("met X in Beijing on Monday" parsed under X). */
const NOMINAL_RELS = new Set(['obj', 'obl', 'iobj', 'nsubj']);

/**
 * The date a date expression in the clause gives, else null (the caller falls back to the cited
 * report's date or the document's). For a future event (`coming`: "will meet on Monday", "plans to
 * visit tomorrow") a day of the week is the coming one, not the last.
 */
export function eventDate(t: Tree, verbs: readonly number[], published: string | null, coming = false): string | null {
  const resolve: Resolve = (expr) => (coming ? resolveComingDate(expr, published) : null) ?? resolveRelativeDate(expr, published);
  return findDate(t, verbs, resolve);
}

/**
 * True when the clause is dated to a past month or year that is not the document's ("In August,
 * Pashinyan and Aliyev signed ...", "met Rubio in July", "last month"): the event has a date, only
 * not to the day, and the document's date would be wrong by months (the caller leaves it null).
 */
export function datedToEarlierPeriod(t: Tree, verbs: readonly number[], published: string | null): boolean {
  return published !== null && findDate(t, verbs, (expr) => (earlierPeriod(expr, published) ? expr : null)) !== null;
}

const MONTH_OR_YEAR = /^(?:in\s+|since\s+)?(?:(?:early|late|mid-?)\s*)?([A-Za-z]+)?(?:,?\s*((?:19|20)\d\d))?$/i;

/** A month name or year (with "in"), or "last month"/"last year", naming a period before the published date's month. */
function earlierPeriod(expr: string, published: string): boolean {
  const e = expr.trim().replace(/[.,]$/, '');
  if (/^last\s+(month|year)$/i.test(e)) return true;
  const m = MONTH_OR_YEAR.exec(e);
  if (!m || (!m[1] && !m[2])) return false;
  const month = m[1] ? monthNumber(m[1]) : 0;
  if (m[1] && month === 0) return false;
  const [py, pm] = published.split('-').map(Number);
  const year = m[2] ? +m[2] : month > pm ? py - 1 : py;
  return year < py || (year === py && month > 0 && month < pm);
}

type Resolve = (expr: string) => string | null;

function findDate(t: Tree, verbs: readonly number[], resolve: Resolve): string | null {
  for (const v of withSharedDates(t, verbs)) {
    const d = dateAmong(t, t.kids[v], resolve);
    if (d) return d;
    for (const c of t.kids[v]) {
      if (!NOMINAL_RELS.has(t.base(c))) continue;
      const nested = dateInNominal(t, c, resolve, NESTING);
      if (nested) return nested;
    }
  }
  return null;
}

/**
 * The verbs whose clause dates an announced intent, nearest first: the verbs governing the action
 * through open clauses ("agreed on Tuesday to resume talks": agreed, then resume).
 */
export function announcementVerbs(t: Tree, verb: number): number[] {
  const up: number[] = [];
  for (let v = verb; t.base(v) === 'xcomp' && t.head(v) >= 0 && up.length < t.n; v = t.head(v)) up.push(t.head(v));
  return [...up, verb];
}

const NESTED_RELS = new Set(['nmod', 'obl', 'obj', 'appos']);

/**
 * The verbs, each followed by the verbs it is conjoined to when it shares their subject: UD hangs a
 * date the conjuncts share on the first ("welcomed the talks on Tuesday and called for dialogue");
 * likewise a subjectless participle clause, followed by the verb it hangs on.
 */
function withSharedDates(t: Tree, verbs: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of verbs) {
    out.push(v);
    for (let k = v; t.base(k) === 'conj' && t.head(k) >= 0 && !t.kids[k].some((c) => t.base(c).startsWith('nsubj')) && out.length <= t.n; k = t.head(k)) out.push(t.head(k));
    // A participle clause with no subject of its own ("annulled the vote on Wednesday, citing
    // irregularities"; "shelled villages on Monday, killing two civilians") happened when its verb did.
    if (t.base(v) === 'advcl' && t.s.xpos[v] === 'VBG' && t.head(v) >= 0 && !t.kids[v].some((c) => /^(nsubj|mark)/.test(t.base(c)))) out.push(t.head(v));
  }
  return out;
}

/** How deep a date may sit in the verb's nominals ("killed 30 people in southern Lebanon on Sunday"). */
const NESTING = 3;

/** A date modifying nominal n or a nominal it governs (NESTED_RELS), down to `depth` levels; clauses are not entered. */
function dateInNominal(t: Tree, n: number, resolve: Resolve, depth: number): string | null {
  const d = dateAmong(t, t.kids[n], resolve);
  if (d || depth <= 1) return d;
  for (const c of t.kids[n]) {
    // An oblique or object the parser hangs inside the nominal ("arrested dozens of protesters outside
    // parliament in Nairobi on Tuesday" with "parliament" an obj of "protesters") is still a nominal.
    if (!NESTED_RELS.has(t.base(c))) continue;
    const nested = dateInNominal(t, c, resolve, depth - 1);
    if (nested) return nested;
  }
  return null;
}

function dateAmong(t: Tree, kids: readonly number[], resolve: Resolve): string | null {
  for (const c of kids) {
    const rel = t.rel(c);
    const temporal = TEMPORAL_RELS.has(rel) || ((t.base(c) === 'obl' || t.base(c) === 'nmod') && looksLikeDate(t, c))
      || (rel === 'advmod' && (DAY_WORDS.has(t.lower(c)) || t.lower(c) === 'ago'));
    if (!temporal) continue;
    const [a, whole] = t.extent(c);
    // A conjunct the parser hangs on the day ("on Friday and Hamas fired ...") is no part of the date,
    // nor is a phrase of the clause it hangs there ("met on Monday with Xi"; "on Monday of last week" is).
    let e = whole;
    for (const k of t.kids[c]) {
      // Nor an apposition after a comma ("on Thursday, ..., a day after ..."): a relative phrase
      // that would spoil the day.
      if (k > c && t.base(k) === 'appos') e = Math.min(e, firstCommaAfter(t, c) - 1);
      if (k > c && (t.base(k) === 'conj' || (t.base(k) === 'nmod' && !/^(of|)$/.test(caseOf(t, k))))) e = Math.min(e, t.extent(k)[0] - 1);
    }
    // UD hangs "ago" on the verb: "attacked two days ago" has "two days" and "ago" as siblings.
    const b = e + 1 < t.n && t.lower(e + 1) === 'ago' ? e + 1 : e;
    const expr = t.s.words.slice(a, b + 1).join(' ').replace(/ ,/g, ',');
    const d = resolve(expr);
    if (d) return d;
  }
  return null;
}

/** The first comma after word c (or the sentence's end). */
function firstCommaAfter(t: Tree, c: number): number {
  let k = c + 1;
  while (k < t.n && t.s.words[k] !== ',') k++;
  return k;
}

function looksLikeDate(t: Tree, n: number): boolean {
  const w = t.s.words[n];
  // "On the 15th local time" (translated wire copy) is headed by "time".
  if (w.toLowerCase() === 'time' && n > 0 && t.lower(n - 1) === 'local') return true;
  // "on March 3" parsed with the number as head and the month its modifier; "on the 15th of March".
  if (/^\d{1,2}(st|nd|rd|th)?$/.test(w) && t.kids[n].some((k) => monthNumber(t.s.words[k]) > 0)) return true;
  // "on the 15th" alone (translated wire copy): the day of the month of the report or the one before.
  if (/^\d{1,2}(st|nd|rd|th)$/.test(w) && t.kids[n].some((k) => t.lower(k) === 'the') && t.kids[n].some((k) => t.lower(k) === 'on')) return true;
  // "on Monday night", "Wednesday morning": the part of a named day, headed by the part.
  if (/^(morning|afternoon|evening|night)$/i.test(w) && t.kids[n].some((k) => weekdayNumber(t.s.words[k]) >= 0)) return true;
  // "in 2025": a year, which dates a clause to no day (datedToEarlierPeriod).
  if (/^(19|20)\d\d$/.test(w) && t.kids[n].some((k) => t.lower(k) === 'in')) return true;
  return monthNumber(w) > 0 || weekdayNumber(w) >= 0 || DAY_WORDS.has(w.toLowerCase());
}
