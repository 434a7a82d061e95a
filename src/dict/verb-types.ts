/**
 * The verb dictionary as typed data: what an event coder needs to match a pattern against a
 * dependency tree. Words are upper case, as in the dictionary.
 */

/**
 * A CAMEO code as written in `[...]`. `[042:043]` is an active code (the source does it) and a
 * passive one (used when the verb is passive, PETRARCH-2's reading); `[:173]` is passive only;
 * `[---]` is the null code (the verb alone is no event).
 */
export interface EventCode {
  active: string | null;
  passive: string | null;
  /** The text between the brackets, as written. */
  raw: string;
}

/** One way a verb is written: its words and which of them is the verb the parser tags. */
export interface VerbForm {
  /** Upper-case words, e.g. ['ASKED', 'FOR'] or ['WIRE', 'TAPPED']; usually one word. */
  words: string[];
  /** Index in `words` of the verb word ('+' in the dictionary), e.g. 0 for +ASK_FOR. */
  head: number;
}

export interface VerbEntry {
  /** The base form as written (ASK, +ASK_FOR, WIRE_+TAP). */
  lemma: VerbForm;
  /** Every form, the base form first: listed in {...}, or regular forms made from the head word. */
  forms: VerbForm[];
  /** The verb's own code, or null to use its block's code. */
  code: EventCode | null;
  /** Index of the block in VerbDictionary.blocks. */
  block: number;
  line: number;
}

/** A literal word or a synonym-set reference; a synset stands for any of its phrases. */
export type Term = { kind: 'word'; word: string } | { kind: 'synset'; name: string };

/**
 * One element of a pattern, in text order. `adjacent` marks an element written joined to the
 * previous one with `_` (TABARI: the words must be consecutive).
 */
export type PatternElement = (
  | { kind: 'verb' } //                    *   the verb of the block
  | { kind: 'source' } //                  $   source actor slot
  | { kind: 'target' } //                  +   target actor slot
  | { kind: 'compound' } //                %   compound actor (both actors of a conjunction)
  | { kind: 'skip' } //                    ^   skip a noun phrase (TABARI)
  | Term //                                a noun head or other literal word / synset
  | { kind: 'phrase'; terms: Term[] } //   {FINANCIAL AID}: modifiers then the head (last)
  | { kind: 'prep'; prep: Term; objects: PatternElement[] } // (TO {BANNED PARTIES}), (WITH)
) & { adjacent?: true };

export interface VerbPattern {
  /** Elements in text order, including exactly one { kind: 'verb' }. */
  elements: PatternElement[];
  /** Index of the verb element in `elements`: before it the pre-verb part, after it the post-verb part. */
  verbIndex: number;
  code: EventCode;
  /** The pattern as written, without its comment. */
  text: string;
  /** The comment after `#`: in CAMEO.2.0.txt the verb the pattern came from. */
  comment: string;
  line: number;
}

export interface VerbBlock {
  /** The file the block was read from (a verb overlay's blocks name their own file). */
  file: string;
  /** The block's name from `--- NAME [code] ---`. */
  name: string;
  /** The block's code: the default for its verbs. */
  code: EventCode;
  verbs: VerbEntry[];
  /** Patterns apply to every verb of the block (PETRARCH keys them by block). */
  patterns: VerbPattern[];
  line: number;
}

export interface Synset {
  /** Name without `&` and without the trailing `_` that turns off plurals. */
  name: string;
  /** Every phrase the set matches (upper-case words), plurals and nested sets expanded. */
  phrases: string[][];
  line: number;
}

/** `~ a (a b ATTACK) SAY = a b 015`: "a SAYs that a will ATTACK b" becomes "a b 015". */
export interface VerbTransformation {
  /** Source of the outer (reporting) verb: a variable letter. */
  source: string;
  /** Outer verb names (block or verb words; `_` joins several; 'Q' any verb). */
  verb: string[];
  /** The inner event: source, target ('.' unspecified, '_' absent) and verb names. */
  inner: { source: string; target: string; verb: string[] };
  /** The resulting event: source, target, code ('Q' = keep the inner code). */
  result: { source: string; target: string; code: string };
  line: number;
}

export interface VerbDictionary {
  file: string;
  blocks: VerbBlock[];
  synsets: Map<string, Synset>;
  transformations: VerbTransformation[];
  /** Verb entries by every upper-case form of their head word (ASKED -> ASK entry, +ASK_FOR entry). */
  byForm: Map<string, VerbEntry[]>;
  /** Number of patterns (as written, before synset expansion). */
  patternCount: number;
}
