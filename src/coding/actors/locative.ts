/**
 * Place or actor? "Tokyo protested" is the state; "talks in Tokyo", "arrived in Beijing" name a
 * place. Decided by the dependency relation: an obl/nmod with a locative preposition is a place
 * (kind 'location'), a subject or object is an actor. Capitals and seats of government are places
 * after in/at/to/from; a country only after in/at/inside/within ("sent troops to Japan" keeps Japan
 * as the target).
 */
import type { Cand } from './cand.js';
import { type SentenceView, caseOf } from './units.js';

export const LOCATIVE_CASES: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'into', 'around', 'via', 'through']);
const COUNTRY_LOCATIVE = new Set(['in', 'at', 'inside', 'within', 'across', 'throughout', 'around', 'near']);

/** The preposition making this candidate a place, or null when it is an actor. */
export function locativeCase(v: SentenceView, c: Cand): string | null {
  if (c.kind !== 'state' && !(c.via === 'metonym')) return null;
  // A conjunct takes its preposition from the first conjunct: "in Tokyo and Seoul".
  let h = c.head;
  if (v.s.deprel[h] === 'conj' && v.s.head[h] > 0) h = v.s.head[h] - 1;
  const rel = v.s.deprel[h] ?? '';
  if (!rel.startsWith('obl') && !rel.startsWith('nmod') && rel !== 'advmod') return null;
  const prep = caseOf(v, h);
  if (prep === null) return null;
  const capital = c.via === 'metonym';
  return (capital ? LOCATIVE_CASES : COUNTRY_LOCATIVE).has(prep) ? prep : null;
}

/** The candidate as a place: same code (the place's country), kind 'location', its own actor. */
export function asLocation(c: Cand, prep: string): Cand {
  const name = c.entry?.name ?? String(c.code);
  return { ...c, kind: 'location', via: c.via === 'metonym' ? 'metonym' : 'dictionary', rule: `locative:${prep} ${c.rule}`, key: `L:${name}` };
}
