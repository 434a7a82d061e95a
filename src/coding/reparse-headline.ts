/**
 * A title-case headline ("Manila Hedges Its Bets as Washington Courts Beijing") looks to the tagger
 * like one long name: every word a proper noun, "Washington Courts" a court, "Berlin Caught Between
 * Washington and Moscow" one actor. Such a line is tagged and parsed again with each capitalised word
 * that the treebank has seen in lower case, and that no actor entry names by itself, written in
 * lower case ("hedges", "courts", "caught", "between"); the words keep their own forms.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isTitleCase } from '../text/title-case.js';
import type { WordParser } from './reparse-inverted.js';

export interface HeadlineWords {
  /** The treebank has the word in this exact lower-case form. */
  isCommonWord(lower: string): boolean;
  /** An actor entry is this one word ("Turkey", "Jordan", "China"). */
  isActorWord(word: string): boolean;
}

export function reparseHeadline(s: ParsedSentence, syntax: WordParser, known: HeadlineWords): ParsedSentence {
  if (!isTitleCase(s.words)) return s;
  let changed = false;
  const forms = s.words.map((w) => {
    if (!/^[A-Z][a-z'-]+$/.test(w)) return w;
    const lower = w.toLowerCase();
    if (!known.isCommonWord(lower) || known.isActorWord(w)) return w;
    changed = true;
    return lower;
  });
  if (!changed) return s;
  const p = syntax.parseWords(forms);
  return { ...s, upos: p.upos, xpos: p.xpos, head: p.head, deprel: p.deprel, reparsed: 'a title-case headline, tagged with its common words in lower case' };
}
