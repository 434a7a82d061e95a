/**
 * A headline's passive has no auxiliary: "Four soldiers killed as India, Pakistan trade fire",
 * "Two Indian soldiers killed by Pakistani fire". The parser reads the victims as the subject of
 * an active "killed", so they became the attackers. A harm verb that cannot go without its object
 * ("killed", "wounded", "arrested" ...), in the past tense with a subject and no auxiliary, object or
 * complement, is a passive: its subject a passive subject, its "by" phrase the agent.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { kidsOf } from './repair-predicate.js';

const HARMED = /^(killed|wounded|injured|hurt|arrested|detained|abducted|kidnapped|captured|executed|jailed|slain|shot|massacred)$/i;

export function headlinePassive(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    if (!HARMED.test(s.words[v]) || s.upos[v] !== 'VERB' || !/^VB[DN]$/.test(s.xpos[v])) continue;
    if (s.head[v] !== 0 && !/^(conj|parataxis)$/.test(s.deprel[v])) continue;
    const kids = kidsOf(s, v);
    if (kids.some((k) => /^(aux|cop|obj|iobj|ccomp|xcomp|expl)/.test(s.deprel[k]))) continue;
    const subj = kids.find((k) => s.deprel[k] === 'nsubj' && k < v);
    if (subj === undefined || s.upos[subj] === 'PRON') continue;
    s.deprel[subj] = 'nsubj:pass';
    for (const k of kids) {
      if (k > v && s.deprel[k] === 'obl' && kidsOf(s, k).some((c) => s.deprel[c] === 'case' && s.words[c].toLowerCase() === 'by')) s.deprel[k] = 'obl:agent';
    }
  }
}
