/**
 * Auxiliaries are a closed class: in "NATO warplanes bombed Serb positions" the tagger calls the
 * unseen "warplanes" an auxiliary, the parser makes "NATO" a passive subject, and the raid codes
 * nothing. A lower-case word tagged AUX that is no form of be, have, do, get or a modal is tagged a
 * noun (plural when it ends in -s), a capitalised one a proper noun ("ECOWAS"), a past participle right after it the past tense, and the
 * sentence parsed again.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const AUXILIARIES = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 's', 're', 'm',
  'have', 'has', 'had', 'having', "'ve", "'d", 've', 'd', 'do', 'does', 'did', 'done', 'doing',
  'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'can', 'could', 'ca', 'wo', 'sha', 'ought', "'ll", 'll',
  'get', 'gets', 'got', 'getting', 'gotten', 'need', 'dare', 'to', 'ai', 'wil', 'wud', 'cud', 'shud',
]);

export function retagFalseAuxiliary(s: ParsedSentence, parser: Reparser): ParsedSentence {
  let upos: string[] | null = null, xpos: string[] | null = null;
  for (let k = 0; k < s.words.length; k++) {
    const w = s.words[k];
    // A capitalised one is a name: "ECOWAS called for calm" (the tagger read its "-WAS" as "was").
    const name = /^[A-Z][A-Za-z]{2,}$/.test(w);
    if (s.upos[k] !== 'AUX' || !(name || /^[a-z]{3,}$/.test(w)) || AUXILIARIES.has(w.toLowerCase())) continue;
    upos ??= s.upos.slice();
    xpos ??= s.xpos.slice();
    upos[k] = name ? 'PROPN' : 'NOUN';
    xpos[k] = name ? 'NNP' : w.endsWith('s') ? 'NNS' : 'NN';
    // The participle the false auxiliary made of the next verb is its past tense ("bombed").
    if (k + 1 < s.words.length && s.upos[k + 1] === 'VERB' && s.xpos[k + 1] === 'VBN' && s.words[k + 1].endsWith('ed')) xpos[k + 1] = 'VBD';
  }
  if (!upos || !xpos) return s;
  const { head, deprel } = parser.parse(s.words, upos, xpos);
  return { ...s, upos, xpos, head, deprel };
}
