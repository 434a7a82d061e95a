/**
 * Older wire copy and the PLOVER gold records write quotation marks as two grave accents and two
 * apostrophes (``like this''), which UD English-EWT, our training data, never does: the tagger took
 * "``" for a verb. The models see such a mark as the straight double quote they were trained on;
 * the sentence keeps its own words.
 */
const AS_QUOTE = new Set(['``', "''", '‘‘', '’’', ',,']);

/** The word forms the tagger and parser read: paired-character quotation marks as `"`. */
export function modelForms(words: readonly string[]): readonly string[] {
  return words.some((w) => AS_QUOTE.has(w)) ? words.map((w) => (AS_QUOTE.has(w) ? '"' : w)) : words;
}
