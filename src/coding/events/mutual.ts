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
  return (root >= '03' && root <= '08') || root === '16' || root === '19';
}

/** A verb whose act goes both ways whatever its code: "traded blame", "exchanged fire", "accused each other". */
export function reciprocal(t: Tree, v: number): boolean {
  if (/^(trade[sd]?|trading|exchange[sd]?|exchanging)$/.test(t.lower(v))) return true;
  const words = t.subtreeWords(v).map((k) => t.lower(k)).join(' ');
  return / (each other|one another)\b/.test(` ${words}`);
}
