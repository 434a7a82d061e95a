/**
 * "The envoy said the rebels had besieged the city and accused them of targeting hospitals" parsed
 * with "accused" a conjunct of "besieged", so the rebels accused themselves. A pronoun object cannot
 * be its own clause's subject (that would be "themselves"): when the conjunct's object pronoun
 * agrees only with the reported clause's subject, the conjunct's subject is the speaker, and the
 * conjunct joins the reporting verb. (A pronoun with another antecedent in the clause, "the army
 * shelled the villages and burned them", stays where it is.)
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';
import { kidsOf } from './repair-predicate.js';

const PLURAL_PRONOUNS = /^them$/i;
const SINGULAR_PRONOUNS = /^(it|him|her)$/i;
/** Spans of time ("had besieged the city for months") are no antecedents. */
const TIME_NOUNS = /^(hours?|days?|weeks?|months?|years?|decades?)$/i;

export function conjunctOnOwnSubject(s: ParsedSentence): void {
  for (let v2 = 0; v2 < s.words.length; v2++) {
    if (s.upos[v2] !== 'VERB' || s.deprel[v2] !== 'conj') continue;
    const v1 = s.head[v2] - 1;
    if (v1 < 0 || s.upos[v1] !== 'VERB' || s.deprel[v1] !== 'ccomp') continue;
    const say = s.head[v1] - 1;
    if (say < 0 || say > v1 || !isReportingWord(s.words[say].toLowerCase())) continue;
    const own = kidsOf(s, v2);
    if (own.some((k) => /^(nsubj|csubj)/.test(s.deprel[k]))) continue;
    const pron = own.find((k) => s.deprel[k] === 'obj' && s.upos[k] === 'PRON');
    const subj = kidsOf(s, v1).find((k) => s.deprel[k].startsWith('nsubj'));
    if (pron === undefined || subj === undefined || !/^(NOUN|PROPN)$/.test(s.upos[subj])) continue;
    const plural = PLURAL_PRONOUNS.test(s.words[pron]);
    if (!plural && !SINGULAR_PRONOUNS.test(s.words[pron])) continue;
    if (pluralNoun(s, subj) !== plural) continue;
    // Another antecedent of the same number in the reported clause before the conjunct.
    const others = inside(s, v1).filter((k) => k < v2 && k !== subj && !inside(s, subj).includes(k) && /^(NOUN|PROPN)$/.test(s.upos[k])
      && s.deprel[k] !== 'compound' && !TIME_NOUNS.test(s.words[k]) && pluralNoun(s, k) === plural);
    if (others.length > 0) continue;
    s.head[v2] = say + 1;
  }
}

function pluralNoun(s: ParsedSentence, n: number): boolean {
  return s.xpos[n] === 'NNS' || s.xpos[n] === 'NNPS' || kidsOf(s, n).some((k) => s.deprel[k] === 'conj');
}

/** The words of w's subtree, w included, but not its conjoined clauses. */
function inside(s: ParsedSentence, w: number): number[] {
  const out = [w];
  for (let i = 0; i < out.length; i++) {
    for (const k of kidsOf(s, out[i])) if (!(out[i] === w && s.deprel[k] === 'conj' && s.upos[k] === 'VERB')) out.push(k);
  }
  return out;
}
