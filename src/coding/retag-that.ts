/**
 * "Xinhua reported on November 20 that a Chinese vessel had expelled ...": after a date the tagger
 * reads "that" as a relative pronoun, the parser hangs the reported clause on "20" as a relative
 * clause, and the reporting verb loses what it reports (later retags then hunt for a missing
 * predicate and tag nouns as verbs). A "that" tagged a pronoun right after a date ("on November
 * 20", "on Tuesday", "last week") that follows a reporting verb is tagged a subordinator and the
 * sentence parsed again; the new parse is kept when "that" marks a clause.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';
import type { Reparser } from './retag.js';

const DATE_WORD = /^(\d{1,2}(st|nd|rd|th)?|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|weekend|night|morning|afternoon|evening)$/i;
/** Words a date phrase may hold between the reporting verb and "that": "on", "last", "this", commas. */
const DATE_GLUE = /^(on|in|at|last|this|early|late|,|the|of)$/i;

export function retagDateThat(s: ParsedSentence, parser: Reparser): ParsedSentence {
  for (let k = 2; k < s.words.length; k++) {
    if (s.words[k].toLowerCase() !== 'that' || s.upos[k] !== 'PRON' || !DATE_WORD.test(s.words[k - 1])) continue;
    let j = k - 1;
    while (j > 0 && (DATE_WORD.test(s.words[j]) || DATE_GLUE.test(s.words[j]))) j--;
    if (s.upos[j] !== 'VERB' || !isReportingWord(s.words[j].toLowerCase())) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'SCONJ';
    xpos[k] = 'IN';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (deprel[k] === 'mark') return { ...s, upos, xpos, head, deprel };
  }
  return s;
}
