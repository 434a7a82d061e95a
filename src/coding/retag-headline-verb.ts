/**
 * A sentence-case headline whose present-tense verb the tagger read as a plural noun after the
 * subject's name: "N. Korea fires ballistic missile toward East Sea: JCS", "Russia warns West over
 * missiles". With no verb at all and no closing stop (a headline), the first "-s" noun right after a
 * name that the verb dictionary knows as a verb form is tagged a present-tense verb and the line
 * parsed again; the new parse is kept when that verb is the root and has a subject. (Title-case
 * headlines are tagged again in lower case first: reparse-headline.ts.)
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

export function retagHeadlineVerb(s: ParsedSentence, parser: Reparser, isVerbForm: (w: string) => boolean): ParsedSentence {
  const n = s.words.length;
  if (n < 3 || /^[.!?]$/.test(s.words[n - 1]) || s.upos.some((u) => u === 'VERB' || u === 'AUX')) return s;
  for (let k = 1; k < n - 1; k++) {
    if (s.upos[k - 1] !== 'PROPN' || s.upos[k] !== 'NOUN' || s.xpos[k] !== 'NNS') continue;
    if (!/^[a-z]{3,}s$/.test(s.words[k]) || !isVerbForm(s.words[k].toUpperCase())) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VBZ';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    const hasSubject = head.some((h, w) => h === k + 1 && deprel[w].startsWith('nsubj'));
    if (head[k] === 0 && hasSubject) return { ...s, upos, xpos, head, deprel };
    return s;
  }
  return s;
}
