/**
 * A "that" the tagger reads as a relative pronoun where it opens what a reporting verb reports, so
 * the parser hangs the reported clause on a noun as a relative clause and the reporting verb loses
 * it (later retags then hunt for a missing predicate and tag nouns as verbs):
 * - after a date: "Xinhua reported on November 20 that a Chinese vessel had expelled ...";
 * - before a clause that already has its subject and object, so "that" fills no gap in it: "Lavrov
 *   told a news conference after talks with his Turkish counterpart that Russia had received signals".
 * Such a "that", after a reporting verb, is tagged a subordinator and the sentence parsed again; the
 * new parse is kept when "that" marks a clause.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';
import type { Reparser } from './retag.js';

const DATE_WORD = /^(\d{1,2}(st|nd|rd|th)?|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|weekend|night|morning|afternoon|evening)$/i;
/** Words a date phrase may hold between the reporting verb and "that": "on", "last", "this", commas. */
const DATE_GLUE = /^(on|in|at|last|this|early|late|,|the|of)$/i;

export function retagReportedThat(s: ParsedSentence, parser: Reparser): ParsedSentence {
  for (let k = 2; k < s.words.length; k++) {
    if (s.words[k].toLowerCase() !== 'that' || s.upos[k] !== 'PRON') continue;
    if (!afterReportingDate(s, k) && !(fullClause(s, k) && reportingBefore(s, k))) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'SCONJ';
    xpos[k] = 'IN';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (deprel[k] === 'mark') return { ...s, upos, xpos, head, deprel };
  }
  return s;
}

/** "that" right after a date that follows a reporting verb ("said on March 3 that"). */
function afterReportingDate(s: ParsedSentence, k: number): boolean {
  if (!DATE_WORD.test(s.words[k - 1])) return false;
  let j = k - 1;
  while (j > 0 && (DATE_WORD.test(s.words[j]) || DATE_GLUE.test(s.words[j]))) j--;
  return s.upos[j] === 'VERB' && isReportingWord(s.words[j].toLowerCase());
}

/** "that" as the object of a verb that has a subject and another object of its own. */
function fullClause(s: ParsedSentence, k: number): boolean {
  const v = s.head[k] - 1;
  if (v < 0 || s.deprel[k] !== 'obj' || s.upos[v] !== 'VERB') return false;
  const kids = (rel: RegExp) => s.head.some((h, w) => h === v + 1 && w !== k && rel.test(s.deprel[w]));
  return kids(/^nsubj/) && kids(/^obj$/);
}

/** A reporting verb earlier in the sentence. */
function reportingBefore(s: ParsedSentence, k: number): boolean {
  for (let j = 0; j < k; j++) if (s.upos[j] === 'VERB' && isReportingWord(s.words[j].toLowerCase())) return true;
  return false;
}
