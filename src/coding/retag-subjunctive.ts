/**
 * A that-clause's verb the tagger read as a noun: in "Iran demanded that the United States lift
 * sanctions" the subjunctive "lift" (the bare form a demand takes) is tagged a noun, a compound of
 * "sanctions", and the clause headed by that noun with "the United States" its subject. A clause
 * marked by "that" whose head is a noun with a subject of its own (no copula) has lost its verb: a
 * word after the subject that the CAMEO verb dictionary lists as a verb form, tagged noun, is tried
 * as the base-form verb, and the new parse is kept when it gives the word that subject.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

export function retagSubjunctive(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  const n = s.words.length;
  for (let h = 0; h < n; h++) {
    if (s.deprel[h] !== 'ccomp' || s.upos[h] !== 'NOUN') continue;
    const kids: number[] = [];
    for (let c = 0; c < n; c++) if (s.head[c] === h + 1) kids.push(c);
    const mark = kids.find((c) => s.deprel[c] === 'mark' && s.words[c].toLowerCase() === 'that');
    const subj = kids.find((c) => s.deprel[c].startsWith('nsubj'));
    if (mark === undefined || subj === undefined || subj < mark || kids.some((c) => s.deprel[c] === 'cop')) continue;
    for (let k = subj + 1; k <= h; k++) {
      if (s.upos[k] !== 'NOUN' || !/^[a-z]{3,}$/.test(s.words[k]) || !isVerbForm(s.words[k].toUpperCase())) continue;
      const upos = s.upos.slice(), xpos = s.xpos.slice();
      upos[k] = 'VERB';
      xpos[k] = 'VB';
      const { head, deprel } = parser.parse(s.words, upos, xpos);
      if (head[subj] === k + 1 && deprel[subj].startsWith('nsubj')) return { ...s, upos, xpos, head, deprel };
    }
  }
  return strandedThat(s, parser, isVerbForm);
}

/**
 * The same clause parsed with no head at all: in "Iran demanded that the United States lift all
 * sanctions" the parser made "that" the verb's object and "lift" a compound inside a noun phrase.
 * A "that" that marks nothing, followed by nominals only up to a lower-case noun the verb
 * dictionary lists as a verb form (after a nominal: the clause's subject), has that word for its
 * verb: it is tried as the base-form verb, and the new parse is kept when "that" marks it and it
 * has a subject after "that".
 */
function strandedThat(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  const n = s.words.length;
  for (let m = 1; m < n; m++) {
    if (s.words[m].toLowerCase() !== 'that' || s.upos[m] !== 'SCONJ' || s.deprel[m] === 'mark') continue;
    for (let k = m + 2; k < n && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(s.upos[k - 1]); k++) {
      if (s.upos[k] !== 'NOUN' || !/^(NOUN|PROPN)$/.test(s.upos[k - 1]) || !/^[a-z]{3,}$/.test(s.words[k]) || !isVerbForm(s.words[k].toUpperCase())) continue;
      const upos = s.upos.slice(), xpos = s.xpos.slice();
      upos[k] = 'VERB';
      xpos[k] = 'VB';
      const { head, deprel } = parser.parse(s.words, upos, xpos);
      const marked = head[m] === k + 1 && deprel[m] === 'mark';
      const subject = head.some((h, c) => h === k + 1 && c > m && c < k && deprel[c].startsWith('nsubj'));
      if (marked && subject) return { ...s, upos, xpos, head, deprel };
    }
  }
  return s;
}
