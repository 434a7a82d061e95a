/**
 * A second predicate read as the modifier of its object: "The ministry condemned an attack by
 * militants in the north on Friday and promised aid to the villages" parsed with "promised" an amod
 * of "aid" that holds the "and" as its `cc`, and "aid" an oblique of "condemned". A coordinator
 * belongs to a conjunct; on a modifier that is no conjunct of anything it has no place in a valid
 * tree. When that modifier is an -ed verb right after the "and", and its noun is no subject and no
 * conjunct of another noun ("arrested protesters and detained journalists" stays one object; a day
 * is no such noun: "on Thursday and promised raids" with "raids" a conjunct of "Thursday"), and
 * the phrase before the "and" is not the noun's own ("the burned and looted shops"), the verb is a
 * conjunct of the verb heading that phrase, and the noun its object.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { DAY, kidsOf } from './repair-predicate.js';

export function predicateReadAsObjectModifier(s: ParsedSentence): void {
  for (let v = 2; v < s.words.length; v++) {
    const cc = v - 1;
    const n = s.head[v] - 1;
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'amod' || !/ed$/i.test(s.words[v]) || n <= v) continue;
    if (s.deprel[cc] !== 'cc' || s.head[cc] !== v + 1 || !/^(and|but)$/i.test(s.words[cc])) continue;
    // A conjunct of a day is none ("on Thursday and promised raids": a day and a thing are no pair).
    const ofDay = s.deprel[n] === 'conj' && DAY.test(s.words[s.head[n] - 1] ?? '');
    if (!/^(NOUN|PROPN)$/.test(s.upos[n]) || (/^(nsubj|conj|root)/.test(s.deprel[n]) && !ofDay)) continue;
    // Only adjectives and nouns between the verb and its noun ("promised humanitarian aid").
    let plain = true;
    for (let w = v + 1; w < n; w++) if (!/^(ADJ|NOUN|PROPN)$/.test(s.upos[w])) plain = false;
    if (!plain) continue;
    // The verb heading the phrase that ends before "and": climb from the word before it.
    // That phrase is not the noun's own ("the damaged and looted markets": two modifiers of one noun).
    let up = cc - 1;
    let own = false;
    for (let g = 0; up >= 0 && s.upos[up] !== 'VERB' && g < s.words.length; g++) {
      if (up === n) own = true;
      up = s.head[up] - 1;
    }
    if (own || up < 0 || up >= cc || s.upos[up] !== 'VERB' || !/^VB[DNZP]$/.test(s.xpos[up])) continue;
    // The noun must hang inside that verb's phrase (else the "and" joins something else).
    let h = n;
    for (let g = 0; h >= 0 && h !== up && g < s.words.length; g++) h = s.head[h] - 1;
    if (h !== up) continue;
    s.head[v] = up + 1;
    s.deprel[v] = 'conj';
    if (s.xpos[up] === 'VBD') s.xpos[v] = 'VBD';
    s.head[n] = v + 1;
    s.deprel[n] = 'obj';
    // The noun's phrase after it stays on it; a day or place on the first verb stays there.
    for (const k of kidsOf(s, n)) if (k < v && k !== cc) s.head[k] = up + 1;
  }
}
