/**
 * The date of an event: a date expression attached to its clause ("on Monday", "March 3",
 * "yesterday") resolved against the document date, else the document date.
 */
import { monthNumber, resolveRelativeDate, weekdayNumber } from '../../doc/dates.js';
import type { Tree } from './tree.js';

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight']);

export function eventDate(t: Tree, verbs: readonly number[], published: string | null): string | null {
  for (const v of verbs) {
    for (const c of t.kids[v]) {
      const rel = t.rel(c);
      const temporal = rel === 'obl:tmod' || rel === 'nmod:tmod' || rel === 'obl:npmod'
        || (t.base(c) === 'obl' && looksLikeDate(t, c)) || (rel === 'advmod' && DAY_WORDS.has(t.lower(c)));
      if (!temporal) continue;
      const [a, b] = t.extent(c);
      const expr = t.s.words.slice(a, b + 1).join(' ').replace(/ ,/g, ',');
      const d = resolveRelativeDate(expr, published);
      if (d) return d;
    }
  }
  return published;
}

function looksLikeDate(t: Tree, n: number): boolean {
  const w = t.s.words[n];
  return monthNumber(w) > 0 || weekdayNumber(w) >= 0 || DAY_WORDS.has(w.toLowerCase());
}
