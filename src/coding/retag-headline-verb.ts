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
import { asPresentVerb, hasSubject, pluralNounVerb } from './retag-clause-verb.js';

export function retagHeadlineVerb(s: ParsedSentence, parser: Reparser, isVerbForm: (w: string) => boolean): ParsedSentence {
  const n = s.words.length;
  if (n < 3 || /^[.!?]$/.test(s.words[n - 1]) || s.upos.some((u) => u === 'VERB' || u === 'AUX')) return s;
  for (let k = 1; k < n - 1; k++) {
    if (s.upos[k - 1] !== 'PROPN' || !pluralNounVerb(s, k, isVerbForm)) continue;
    const r = asPresentVerb(s, k, parser);
    return r.head[k] === 0 && hasSubject(r, k) ? r : s;
  }
  return s;
}
