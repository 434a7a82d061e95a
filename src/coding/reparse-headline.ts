/**
 * A title-case headline ("Manila Hedges Its Bets as Washington Courts Beijing") looks to the tagger
 * like one long name: every word a proper noun, "Washington Courts" a court, "Berlin Caught Between
 * Washington and Moscow" one actor. Such a line is tagged and parsed with each capitalised word
 * that the treebank has seen in lower case, and that no actor entry names by itself, written in
 * lower case ("hedges", "courts", "caught", "between"); the words keep their own forms.
 */
import { isTitleCase } from '../text/title-case.js';

export interface HeadlineWords {
  /** The treebank has the word in this exact lower-case form. */
  isCommonWord(lower: string): boolean;
  /** An actor entry is this one word ("Turkey", "Jordan", "China"). */
  isActorWord(word: string): boolean;
}

/** Why such a line was parsed with other forms (the `reparsed` note of `dyad code --explain`). */
export const HEADLINE_REPARSED = 'a title-case headline, tagged with its common words in lower case';

/**
 * The forms to tag and parse a title-case headline by, or null for a line that is none or has no
 * word to write in lower case. It reads the words alone, so the coder tags and parses such a line
 * once, with these forms (Syntax.parseTextAs), instead of once as written and again.
 */
export function headlineForms(words: readonly string[], known: HeadlineWords): string[] | null {
  if (!isTitleCase(words)) return null;
  let changed = false;
  const forms = words.map((w) => {
    if (!/^[A-Z][a-z'-]+$/.test(w)) return w;
    const lower = w.toLowerCase();
    if (!known.isCommonWord(lower) || known.isActorWord(w)) return w;
    changed = true;
    return lower;
  });
  return changed ? forms : null;
}
