/**
 * The charge of a passive accusation read as a clause on its agent: "Russia was accused by Ukraine of
 * shelling the plant" parsed with "shelling" an `acl` of "Ukraine", so the shelling became Ukraine's
 * own act. An "of"-gerund on the by-phrase of a passive verb of charging (accuse, suspect, convict,
 * acquit, clear) is that verb's: it becomes its `advcl`, as in the active "accused Russia of
 * shelling", where the act charged is read by act-kinds.ts (chargedAct).
 */
import type { ParsedSentence } from '../syntax/types.js';

const CHARGING = /^(accus|suspect|convict|acquitt?|clear)(ed)$/i;

export function chargeReadAsAgentClause(s: ParsedSentence): void {
  for (let g = 0; g < s.words.length; g++) {
    if (s.deprel[g] !== 'acl' || s.xpos[g] !== 'VBG') continue;
    const agent = s.head[g] - 1;
    const v = agent >= 0 ? s.head[agent] - 1 : -1;
    if (v < 0 || agent > g || !/^obl(:agent)?$/.test(s.deprel[agent]) || !CHARGING.test(s.words[v])) continue;
    const by = s.words.findIndex((w, c) => s.head[c] === agent + 1 && s.deprel[c] === 'case' && w.toLowerCase() === 'by');
    const of = s.words.findIndex((w, c) => c < g && s.head[c] === g + 1 && s.deprel[c] === 'mark' && w.toLowerCase() === 'of');
    const passive = s.words.some((_, c) => s.head[c] === v + 1 && s.deprel[c] === 'aux:pass');
    if (by < 0 || of < 0 || !passive) continue;
    s.head[g] = v + 1;
    s.deprel[g] = 'advcl';
  }
}
