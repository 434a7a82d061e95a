/**
 * Background clauses: "..., five years after crowds burned down its embassy". A predicate placed
 * a stated span of time before or after the clause it modifies is history the text recalls, not
 * an event it reports, and its date is unknown; PETRARCH codes none of them, and counting them on
 * the article's date (as GDELT does) would put a five-year-old riot into this week's series.
 *
 * Read from the words, not the tree: parsers attach "five years after X verb" in many ways (the
 * verb as advcl, conj, acl of X, ...), but the words are always a duration noun, "after"/"before"/
 * "since", then the clause, with no other predicate or clause boundary in between.
 *
 * A clause dated by its own year or decade at least two years before the document ("In the 1970s,
 * Washington reached out to Beijing", "which it had admitted in 1992"), or set during a world war,
 * is history too. (Phoenix discarded every sentence naming a year from 1914 to 2013; dyad leaves out
 * only the clause.)
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

const YEAR = /^(1[0-9]|20)\d\d'?s?$/;
const HISTORY_CASES = new Set(['in', 'during', 'by', '']);

/** True when a year or decade on v's own clause ("in 1988", "in the 1970s") is 2+ years before `published`. */
export function isHistorical(t: Tree, v: number, published: string | null): boolean {
  if (!published) return false;
  const now = Number(published.slice(0, 4));
  // The verb's own obliques, and those the parser hung on its object ("murdered officers during ...").
  const phrases = t.kids[v].filter((c) => t.base(c) === 'obl');
  for (const n of t.kids[v]) if (t.base(n) === 'obj') phrases.push(...t.kids[n].filter((c) => t.base(c) === 'nmod'));
  for (const c of phrases) {
    const cs = t.kids[c].find((k) => t.base(k) === 'case');
    if (!HISTORY_CASES.has(cs === undefined ? '' : t.lower(cs))) continue;
    for (const k of [c, ...t.kids[c]]) {
      const m = YEAR.exec(t.s.words[k]);
      if (m && Number(t.s.words[k].slice(0, 4)) <= now - 2) return true;
    }
    // "during World War Two", "in the Napoleonic wars"
    const [a, b] = t.extent(c);
    const words = t.s.words.slice(a, b + 1).join(' ').toLowerCase();
    if (/\bworld war\b|\bnapoleonic wars\b/.test(words)) return true;
  }
  return false;
}
