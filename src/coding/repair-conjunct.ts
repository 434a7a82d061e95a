/**
 * "Oman and Qatar offered to host talks, and European capitals would support such an arrangement"
 * parsed with "capitals" a conjunct of the object "talks" and "support" a subjectless conjunct of
 * "host", so the second clause borrowed Oman and Qatar as its subject. A noun conjoined by
 * ", and" right before a conjoined verb with no subject of its own, which carries an auxiliary or a
 * finite tense ("would support", "backed"), is that verb's subject: the clause has its own.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { kidsOf } from './repair-predicate.js';

const FINITE = /^(VBD|VBZ|VBP|MD)$/;

export function subjectReadAsObjectConjunct(s: ParsedSentence): void {
  for (let v = 3; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'conj') continue;
    const kids = kidsOf(s, v);
    if (kids.some((c) => /^(nsubj|csubj|cc|mark)/.test(s.deprel[c]))) continue;
    // The verb's own words before it: auxiliaries and adverbs ("would likely").
    const left = kids.filter((c) => c < v && /^(aux|advmod)/.test(s.deprel[c]));
    if (!left.some((c) => s.deprel[c].startsWith('aux')) && !FINITE.test(s.xpos[v])) continue;
    const n = Math.min(v, ...left) - 1;
    const h = s.head[n] - 1;
    if (!/^(NOUN|PROPN)$/.test(s.upos[n]) || s.deprel[n] !== 'conj' || h < 0 || h >= n || !/^(NOUN|PROPN)$/.test(s.upos[h])) continue;
    const cc = kidsOf(s, n).find((c) => c < n && s.deprel[c] === 'cc');
    if (cc === undefined || s.words[cc - 1] !== ',') continue;
    s.head[n] = v + 1;
    s.deprel[n] = 'nsubj';
    for (const k of [cc - 1, cc]) s.head[k] = v + 1;
    s.deprel[cc] = 'cc';
    s.deprel[cc - 1] = 'punct';
  }
}
