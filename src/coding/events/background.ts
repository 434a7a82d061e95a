/**
 * Background clauses: "..., five years after crowds burned down its embassy". A predicate placed
 * a stated span of time before or after the clause it modifies is history the text recalls, not
 * an event it reports, and its date is unknown; PETRARCH codes none of them, and counting them on
 * the article's date (as GDELT does) would put a five-year-old riot into this week's series.
 *
 * Read from the words, not the tree: parsers attach "five years after X verb" in many ways (the
 * verb as advcl, conj, acl of X, ...), but the words are always a duration noun, "after"/"before"/
 * "since", then the clause, with no other predicate or clause boundary in between.
 */
import type { Tree } from './tree.js';

const DURATIONS = new Set(['years', 'year', 'months', 'month', 'decades', 'decade', 'weeks', 'centuries']);
const LINKS = new Set(['after', 'before', 'since']);
/** How far left of the verb the link word may stand ("after Calenardhon crowds burned"). */
const REACH = 8;

export function isBackground(t: Tree, v: number): boolean {
  for (let k = v - 1; k > 0 && k >= v - REACH; k--) {
    const w = t.lower(k);
    if (LINKS.has(w)) return DURATIONS.has(t.lower(k - 1));
    if (t.upos(k) === 'VERB' || w === ',' || w === ';' || w === ':' || t.upos(k) === 'SCONJ') return false;
  }
  return false;
}
