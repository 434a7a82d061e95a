/**
 * A tagged and parsed sentence, as compact parallel arrays (index i = word i, 0-based).
 * head[i] is the 1-based index of word i's head, 0 for the root (CoNLL-U convention).
 */
export interface ParsedSentence {
  /** Word forms as they appear in the text. */
  words: string[];
  /** [start, end) offsets of each word in the document text, or -1 where the input had none. */
  start: Int32Array;
  end: Int32Array;
  upos: string[];
  xpos: string[];
  head: Int32Array;
  deprel: string[];
  /** Set by the coder when it tagged or parsed the sentence again, and why (printed by --explain). */
  reparsed?: string;
}
