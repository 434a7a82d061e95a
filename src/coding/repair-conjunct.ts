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

/**
 * "Russia voted against, and China, Pakistan and Algeria abstained" parsed with "abstained" a
 * complement (`ccomp`) of "voted" and the ", and" (with the stranded "against") hung on its subject,
 * so Russia "voted" China. A complement clause whose subject opens with ", and" is a coordinate
 * clause: it becomes a conjunct of the verb, the coordinator and comma its own, and a preposition
 * before them left stranded the verb's particle.
 */
export function coordinateClauseReadAsComplement(s: ParsedSentence): void {
  for (let v = 2; v < s.words.length; v++) {
    if (s.deprel[v] !== 'ccomp' || s.upos[v] !== 'VERB') continue;
    const h = s.head[v] - 1;
    const subj = kidsOf(s, v).find((c) => s.deprel[c].startsWith('nsubj'));
    if (h < 0 || h > v || subj === undefined) continue;
    const cc = kidsOf(s, subj).find((c) => c < subj && s.deprel[c] === 'cc');
    if (cc === undefined || s.words[cc - 1] !== ',' || cc - 1 <= h) continue;
    // Everything between the subject's phrase start and the coordinator belongs to the subject or is punctuation.
    const first = Math.min(cc - 1, ...kidsOf(s, subj).filter((c) => c < subj));
    s.deprel[v] = 'conj';
    for (const k of [cc - 1, cc]) s.head[k] = v + 1;
    s.deprel[cc - 1] = 'punct';
    for (let k = first; k < cc - 1; k++) {
      if (s.head[k] === subj + 1 && s.deprel[k] === 'case') {
        s.head[k] = h + 1;
        s.deprel[k] = 'compound:prt';
      }
    }
  }
}
