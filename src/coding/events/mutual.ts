/**
 * Which acts a compound subject's members do to each other when the clause names no one else
 * ("Gondor and Osgiliath renewed ties"): clauseOf (code-sentence.ts) then makes the subject its own
 * target, and dyads() pairs each member with the others.
 */
import type { Tree } from './tree.js';

/**
 * Codes a compound subject's members do to each other when nothing else is named: intents,
 * meetings, cooperation, ties kept or cut, concessions and fighting ("Gondor and Osgiliath renewed
 * ties", "Russia and Georgia cut ties", "Russia and Ukraine fought"). A statement, a condemnation
 * or a protest is aimed at its object or at no one: "France and Germany condemned the attack" is
 * no quarrel between them.
 */
export function mutual(code: string): boolean {
  const root = code.slice(0, 2);
  if (ONE_WAY.test(code)) return false;
  return (root >= '03' && root <= '08') || root === '16' || root === '19';
}

/**
 * Acts within those roots that co-agents do together to a third party or a thing, never to each
 * other: hosting or visiting ("Oman and Qatar hosted talks" are no visits by either to the other)
 * and praise, verbal defence or rallying support ("Russia and China welcomed the step", "France and
 * Germany praised the agreement"). "Each other" still makes them go both ways (reciprocal()).
 */
const ONE_WAY = /^(042|043|051|052|053)/;

/** A verb whose act goes both ways whatever its code: "traded blame", "exchanged fire", "accused each other". */
export function reciprocal(t: Tree, v: number): boolean {
  if (/^(trade[sd]?|trading|exchange[sd]?|exchanging)$/.test(t.lower(v))) return true;
  const words = t.subtreeWords(v).map((k) => t.lower(k)).join(' ');
  return / (each other|one another)\b/.test(` ${words}`);
}
