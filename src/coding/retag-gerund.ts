/**
 * A gerund the tagger read as an adjective on its object: in "Japan did not rule out imposing
 * sanctions on Russia" it calls "imposing" an adjective of "sanctions", so the clause has no verb and
 * the sanctions were nobody's act. Right after a verb that takes a gerund (rule out, avoid, stop,
 * resume ...), with no determiner before it, an -ing word the CAMEO verb dictionary lists as a
 * verb form is tagged a verb and the sentence parsed again; the new parse is kept when the word
 * becomes a clause of that verb with the noun its object, else that clause is made by hand.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

/**
 * Verbs whose object may be a gerund clause ("ruled out sending troops", "resumed bombing"). Not
 * consider, discuss or propose: their CAMEO patterns read the noun itself ("considering imposing
 * sanctions" is CONSIDER's policy option, 014).
 */
const GERUND_TAKERS = /^(rule|rules|ruled|ruling|avoid|avoids|avoided|stop|stops|stopped|resume|resumes|resumed|continue|continues|continued|begin|begins|began|start|starts|started|risk|risks|risked)$/i;

export function retagGerundObject(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  for (let k = 1; k + 1 < s.words.length; k++) {
    if (s.upos[k] !== 'ADJ' || s.deprel[k] !== 'amod' || !/^[a-z]+ing$/.test(s.words[k]) || !isVerbForm(s.words[k].toUpperCase())) continue;
    const noun = s.head[k] - 1;
    const v = noun >= 0 ? s.head[noun] - 1 : -1;
    if (noun !== k + 1 || v < 0 || s.deprel[noun] !== 'obj' || !GERUND_TAKERS.test(s.words[v])) continue;
    // Only right after the verb (and its particle): "ruled out imposing", not "ruled out the imposing".
    let j = v + 1;
    while (j < k && s.head[j] === v + 1 && /^(compound:prt|advmod)$/.test(s.deprel[j])) j++;
    if (j !== k) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VBG';
    const parsed = parser.parse(s.words, upos, xpos);
    if (parsed.head[k] === v + 1 && /^(xcomp|ccomp|advcl|obj)$/.test(parsed.deprel[k]) && parsed.head[noun] === k + 1) return { ...s, upos, xpos, ...parsed };
    // The parser may keep its reading under the new tag: the clause is then built by hand, the
    // gerund the verb's xcomp, the noun its object and the noun's phrases after it its obliques.
    const head = Int32Array.from(s.head), deprel = s.deprel.slice();
    head[k] = v + 1;
    deprel[k] = 'xcomp';
    head[noun] = k + 1;
    for (let c = noun + 1; c < s.words.length; c++) if (head[c] === noun + 1 && deprel[c] === 'nmod') { head[c] = k + 1; deprel[c] = 'obl'; }
    return { ...s, upos, xpos, head, deprel };
  }
  return s;
}
