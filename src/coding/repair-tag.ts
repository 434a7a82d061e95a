/**
 * An inverted closing reporting tag read with its speaker as object: "Israel will leave the
 * settlements in mid-August, said a spokesman for the prime minister." with "spokesman" the `obj`
 * of "said" and "said" a conjunct of "leave". A reporting verb right after a comma, whose phrase
 * ends the sentence, with no subject, conjunction or subordinator of its own and a nominal object,
 * is the tag (`parataxis`, which is how attribution finds the speaker) and the nominal its subject.
 * closingReportingTag (repair-predicate.ts) handles "..., an official confirmed." read as a conjunct.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';
import { under } from './repair-predicate.js';

const TAG_RELATIONS = new Set(['advcl', 'conj', 'parataxis']);
/** Reporting verbs that open an inverted tag ("..., said the ministry"); not participles ("saying"). */
const INVERTED = /^(said|says|added|adds|stated|states|announced|reported|confirmed)$/;

export function invertedReportingTag(s: ParsedSentence): void {
  const n = s.words.length;
  let end = n - 1;
  while (end > 0 && s.upos[end] === 'PUNCT') end--;
  for (let v = 1; v < n; v++) {
    const lower = s.words[v].toLowerCase();
    if (s.upos[v] !== 'VERB' || !TAG_RELATIONS.has(s.deprel[v]) || !isReportingWord(lower) || !under(s, end, v)) continue;
    const kids: number[] = [];
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1) kids.push(k);
    if (kids.some((c) => s.deprel[c] === 'cc' || s.deprel[c] === 'mark')) continue;
    let first = v;
    for (let k = v - 1; k >= 0; k--) if (s.upos[k] !== 'PUNCT' && under(s, k, v)) first = k;
    if (s.words[first - 1] !== ',' || s.head[v] - 1 >= first) continue;
    if (kids.some((c) => s.deprel[c].startsWith('nsubj'))) continue;
    const obj = kids.find((c) => s.deprel[c] === 'obj' && (s.upos[c] === 'NOUN' || s.upos[c] === 'PROPN'));
    if (first !== v || !INVERTED.test(lower) || obj === undefined) continue;
    s.deprel[obj] = 'nsubj';
    s.deprel[v] = 'parataxis';
    return;
  }
}
