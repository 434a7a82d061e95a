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
  for (const v of withSharedDates(t, verbs)) {
    const d = dateAmong(t, t.kids[v], published, coming);
    if (d) return d;
    for (const c of t.kids[v]) {
      if (!NOMINAL_RELS.has(t.base(c))) continue;
      const nested = dateInNominal(t, c, published, NESTING, coming);
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
 * date the conjuncts share on the first ("welcomed the talks on Tuesday and called for dialogue").
 */
function withSharedDates(t: Tree, verbs: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of verbs) {
    out.push(v);
    for (let k = v; t.base(k) === 'conj' && t.head(k) >= 0 && !t.kids[k].some((c) => t.base(c).startsWith('nsubj')) && out.length <= t.n; k = t.head(k)) out.push(t.head(k));
  }
  return out;
}

/** How deep a date may sit in the verb's nominals ("killed 30 people in southern Lebanon on Sunday"). */
const NESTING = 3;

/** A date modifying nominal n or a nominal it governs (NESTED_RELS), down to `depth` levels; clauses are not entered. */
function dateInNominal(t: Tree, n: number, published: string | null, depth: number, coming: boolean): string | null {
  const d = dateAmong(t, t.kids[n], published, coming);
  if (d || depth <= 1) return d;
  for (const c of t.kids[n]) {
    // An oblique or object the parser hangs inside the nominal ("arrested dozens of protesters outside
    // parliament in Nairobi on Tuesday" with "parliament" an obj of "protesters") is still a nominal.
    if (!NESTED_RELS.has(t.base(c))) continue;
    const nested = dateInNominal(t, c, published, depth - 1, coming);
    if (nested) return nested;
  }
  return null;
}

function dateAmong(t: Tree, kids: readonly number[], published: string | null, coming: boolean): string | null {
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
      if (k > c && (t.base(k) === 'conj' || (t.base(k) === 'nmod' && !/^(of|)$/.test(caseOf(t, k))))) e = Math.min(e, t.extent(k)[0] - 1);
    }
    // UD hangs "ago" on the verb: "attacked two days ago" has "two days" and "ago" as siblings.
    const b = e + 1 < t.n && t.lower(e + 1) === 'ago' ? e + 1 : e;
    const expr = t.s.words.slice(a, b + 1).join(' ').replace(/ ,/g, ',');
    const d = (coming ? resolveComingDate(expr, published) : null) ?? resolveRelativeDate(expr, published);
    if (d) return d;
  }
  return null;
}

function looksLikeDate(t: Tree, n: number): boolean {
  const w = t.s.words[n];
  // "On the 15th local time" (translated wire copy) is headed by "time".
  if (w.toLowerCase() === 'time' && n > 0 && t.lower(n - 1) === 'local') return true;
  // "on March 3" parsed with the number as head and the month its modifier; "on the 15th of March".
  if (/^\d{1,2}(st|nd|rd|th)?$/.test(w) && t.kids[n].some((k) => monthNumber(t.s.words[k]) > 0)) return true;
  // "on the 15th" alone (translated wire copy): the day of the month of the report or the one before.
  if (/^\d{1,2}(st|nd|rd|th)$/.test(w) && t.kids[n].some((k) => t.lower(k) === 'the') && t.kids[n].some((k) => t.lower(k) === 'on')) return true;
  return monthNumber(w) > 0 || weekdayNumber(w) >= 0 || DAY_WORDS.has(w.toLowerCase());
}
