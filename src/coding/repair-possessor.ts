/**
 * A prepositional phrase read as the possessor of the next one: "blocked streets in Hong Kong in
 * defiance of Beijing" parsed with "Hong Kong" an `nmod:poss` of "defiance" and both "in"s its case
 * markers. An English possessor is marked by "'s" (or is a possessive pronoun); a name with no such
 * marker after a preposition that the parser hung on the same head is that preposition's object: it
 * becomes a phrase of its own beside the next one (same head, same relation), so its place is where
 * the clause happens (context.ts placeOfClause) and not a modifier of the abstract noun after it.
 */
import type { ParsedSentence } from '../syntax/types.js';

const POSSESSIVE_MARK = /^('s?|’s?)$/i;

function kids(s: ParsedSentence, k: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < s.words.length; c++) if (s.head[c] === k + 1) out.push(c);
  return out;
}

export function phraseReadAsPossessor(s: ParsedSentence): void {
  for (let p = 1; p < s.words.length; p++) {
    if (s.deprel[p] !== 'nmod:poss' || s.upos[p] !== 'PROPN') continue;
    const head = s.head[p] - 1;
    if (head <= p || s.head[head] === 0) continue;
    if (kids(s, p).some((c) => POSSESSIVE_MARK.test(s.words[c]))) continue;
    // The preposition right before the name, and a second one between the name and its head.
    const before = p - 1;
    const cases = kids(s, head).filter((c) => s.deprel[c] === 'case' && s.upos[c] === 'ADP');
    if (!cases.includes(before) || !cases.some((c) => c > p && c < head)) continue;
    s.head[before] = p + 1;
    s.head[p] = s.head[head];
    s.deprel[p] = s.deprel[head];
  }
}
