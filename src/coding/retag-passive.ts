/**
 * A passive participle the tagger read as an adjective: in "A Lebanese soldier was wounded by
 * Israeli fire" it calls "wounded" an adjective after the copula, so the clause has no verb and the
 * fire no agent. An -ed word the verb dictionary lists, right after a form of "be" (and adverbs),
 * with a "by" phrase right after it, is a passive verb: the agent phrase is what an adjective does
 * not take ("was wounded by", not "was worried about"). It is tagged a past participle and the
 * sentence parsed again; the new parse is kept only when the word gets a passive subject.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const BE = /^(is|are|was|were|be|been|being)$/i;

export function retagPassive(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  for (let k = 1; k + 1 < s.words.length; k++) {
    const w = s.words[k];
    if (s.upos[k] !== 'ADJ' || !/^[a-z]{3,}ed$/.test(w) || s.words[k + 1].toLowerCase() !== 'by' || !isVerbForm(w.toUpperCase())) continue;
    let b = k - 1;
    while (b > 0 && s.upos[b] === 'ADV') b--;
    if (!BE.test(s.words[b])) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VBN';
    upos[b] = 'AUX';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (deprel.some((d, c) => d === 'nsubj:pass' && head[c] === k + 1)) return { ...s, upos, xpos, head, deprel };
  }
  return s;
}
