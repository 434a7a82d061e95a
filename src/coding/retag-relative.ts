/**
 * A verb the tagger read as another part of speech right after a relative pronoun: in "Egypt and
 * Saudi Arabia, which back the army, called for a ceasefire" it calls "back" an adverb, the parser
 * then makes "army" a second subject of "called", and the call codes no one. A relative pronoun
 * that opens a clause ("which", "who", "that" after a comma or a noun) is followed by its verb when
 * a determiner, pronoun, noun or number (its object) follows: a lower-case word the verb dictionary
 * lists there is tagged a finite verb (-s: VBZ, -ed: VBD, else VBP) and the sentence parsed again.
 * The new parse is kept only when the pronoun becomes that verb's subject (the parser still decides).
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const RELATIVE = /^(which|who|that)$/i;
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);

export function retagAfterRelative(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  let out = s;
  for (let k = 2; k + 1 < out.words.length; k++) {
    const w = out.words[k];
    if (!RELATIVE.test(out.words[k - 1]) || out.upos[k - 1] !== 'PRON' || !/^(ADV|NOUN|ADJ)$/.test(out.upos[k])) continue;
    if (!/^[a-z]{3,}$/.test(w) || !isVerbForm(w.toUpperCase()) || !OBJECT_START.has(out.upos[k + 1])) continue;
    const upos = out.upos.slice(), xpos = out.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = w.endsWith('ed') ? 'VBD' : w.endsWith('s') ? 'VBZ' : 'VBP';
    const { head, deprel } = parser.parse(out.words, upos, xpos);
    if (head[k - 1] === k + 1 && deprel[k - 1].startsWith('nsubj')) out = { ...out, upos, xpos, head, deprel };
  }
  return out;
}
