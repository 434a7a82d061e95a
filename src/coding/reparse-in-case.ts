/**
 * A condition opened by "In case" ("In case such plans are carried out, Russia will respond", common
 * in translated copy) the parser reads as a noun phrase ("case" a compound of the subject), so the
 * condition becomes the root and the main clause hangs under it. Parsed again as "If ..." it reads
 * well: that parse is kept when "If" marks a clause with a subject before the comma, and "In" keeps
 * its `mark` with "case" its `fixed` word (modality.ts reads "in case" as a condition).
 * ("In case of war" is a preposition, left alone.)
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { WordParser } from './reparse-inverted.js';

/** How far the condition's comma may be from the start. */
const MAX_CONDITION = 25;

export function reparseInCase(s: ParsedSentence, syntax: WordParser): ParsedSentence {
  const n = s.words.length;
  if (n < 6 || !/^in$/i.test(s.words[0]) || s.words[1].toLowerCase() !== 'case' || s.words[2].toLowerCase() === 'of') return s;
  const comma = s.words.indexOf(',');
  if (comma < 4 || comma > MAX_CONDITION) return s;
  const p = syntax.parseWords(['If', ...s.words.slice(2)]);
  // In the reparse, word k of the sentence is word k - 1 (k >= 2) and "If" is word 0.
  const v = p.head[0] - 1;
  if (v < 1 || v >= comma - 1 || p.deprel[0] !== 'mark' || (p.deprel[v] !== 'advcl' && p.head[v] !== 0)) return s;
  if (!p.head.some((h, c) => h === v + 1 && c > 0 && c < v && p.deprel[c].startsWith('nsubj'))) return s;
  const at = (h: number) => (h <= 1 ? h : h + 1);
  const head = new Int32Array(n), upos = s.upos.slice(), xpos = s.xpos.slice(), deprel = s.deprel.slice();
  [head[0], upos[0], xpos[0], deprel[0]] = [at(p.head[0]), 'SCONJ', 'IN', 'mark'];
  [head[1], upos[1], xpos[1], deprel[1]] = [1, 'NOUN', 'NN', 'fixed'];
  for (let k = 2; k < n; k++) {
    head[k] = at(p.head[k - 1]);
    upos[k] = p.upos[k - 1];
    xpos[k] = p.xpos[k - 1];
    deprel[k] = p.deprel[k - 1];
  }
  return { ...s, upos, xpos, head, deprel, reparsed: 'a condition opened by "In case", parsed as "If ..."' };
}
