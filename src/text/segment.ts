/**
 * The text stage's entry point: sentences with their tokens, all as offsets (UTF-16 code units)
 * into the original text.
 */
import { detachFinalPeriods } from './final-period.js';
import { sentenceEnds } from './sentences.js';
import type { Spans } from './span-buffer.js';
import { splitLong } from './split-long.js';
import { tokenize } from './tokenize.js';

export { tokenize };

export interface SentenceSegment {
  /** [start, end) of the sentence in the text, trimmed of surrounding space. */
  start: number;
  end: number;
  /** Per token [start, end) offsets into the full text. */
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** text.slice(tokenStart[i], tokenEnd[i]). */
  forms: string[];
}

export const DEFAULT_MAX_SENTENCE_TOKENS = 400;

export function segment(text: string, opts: { maxSentenceTokens?: number } = {}): SentenceSegment[] {
  const maxTokens = opts.maxSentenceTokens ?? DEFAULT_MAX_SENTENCE_TOKENS;
  const words = tokenize(text);
  const { tok, ends } = detachFinalPeriods(text, words, sentenceEnds(text, words));
  const out: SentenceSegment[] = [];
  let from = 0;
  for (const end of ends) {
    for (const piece of splitLong(text, tok, from, end, maxTokens)) {
      out.push(makeSegment(text, tok, from, piece));
      from = piece;
    }
  }
  return out;
}

function makeSegment(text: string, tok: Spans, from: number, to: number): SentenceSegment {
  const tokenStart = tok.start.slice(from, to);
  const tokenEnd = tok.end.slice(from, to);
  const forms = new Array<string>(to - from);
  for (let k = 0; k < forms.length; k++) forms[k] = text.slice(tokenStart[k], tokenEnd[k]);
  return { start: tokenStart[0], end: tokenEnd[to - from - 1], tokenStart, tokenEnd, forms };
}
