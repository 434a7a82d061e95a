/**
 * A verb the tagger read as an adjective or noun right after a modal: in "Hamas said it would free
 * the hostages" it calls "free" an adjective, and the parser then makes "hostages" its subject and
 * codes no release. A modal ("would", "will", "could" ...) is followed by a verb or a copula: a
 * lower-case word right after one, which the CAMEO verb dictionary lists as a verb and which a
 * determiner, possessive, pronoun or noun follows (its object), is tagged a base-form verb and the
 * sentence parsed again. So is one after the "to" of a word that takes an infinitive ("was ready to
 * free Israeli hostages"). The new parse is kept only when the word keeps no subject of its own after
 * it and heads a clause (the parser still decides).
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);
/**
 * Words whose "to" is an infinitive's: "was ready to free Israeli hostages" (the tagger calls "free"
 * an adjective there too, and "to" a preposition). After these, an adjective may open the object.
 */
const CONTROL = /^(ready|willing|prepared|able|unable|agree[sd]?|decided?|vow(s|ed)?|pledged?|promised?|offer(s|ed)?|refuse[sd]?|threaten(s|ed)?|plan(s|ned)?|want(s|ed)?|hope[sd]?|move[sd]?)$/;

/** "would free", or "ready to free": the word before k that calls for a verb. */
function callsForVerb(s: ParsedSentence, k: number): boolean {
  if (MODALS.has(s.words[k - 1].toLowerCase())) return OBJECT_START.has(s.upos[k + 1]);
  return k > 1 && s.words[k - 1].toLowerCase() === 'to' && CONTROL.test(s.words[k - 2].toLowerCase()) && (OBJECT_START.has(s.upos[k + 1]) || s.upos[k + 1] === 'ADJ');
}

export function retagAfterModal(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  let out = s;
  for (let k = 1; k + 1 < out.words.length; k++) {
    const w = out.words[k];
    if ((out.upos[k] !== 'ADJ' && out.upos[k] !== 'NOUN') || !/^[a-z]{3,}$/.test(w)) continue;
    if (!callsForVerb(out, k) || !isVerbForm(w.toUpperCase())) continue;
    const upos = out.upos.slice(), xpos = out.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VB';
    const { head, deprel } = parser.parse(out.words, upos, xpos);
    const subjectAfter = deprel.some((d, c) => c > k && head[c] === k + 1 && d.startsWith('nsubj'));
    if (!subjectAfter && /^(root|ccomp|xcomp|advcl|conj|parataxis|acl:relcl)$/.test(deprel[k])) out = { ...out, upos, xpos, head, deprel };
  }
  return out;
}
