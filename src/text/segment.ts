/**
 * The text stage's entry point: sentences with their tokens, all as offsets (UTF-16 code units)
 * into the original text.
 */
import { detachFinalPeriods } from './final-period.js';
import { sentenceEnds } from './sentences.js';
import type { Spans } from './span-buffer.js';
import { splitLong } from './split-long.js';
import { tokenize } from './tokenize.js';
import { SbdModel } from './sbd-model.js';
import { DyadError } from '../util/errors.js';

export { tokenize };
export { SbdModel, defaultSbdModelFile } from './sbd-model.js';

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

export interface SegmentOptions {
  /** Longer sentences are cut at punctuation (default DEFAULT_MAX_SENTENCE_TOKENS). */
  maxSentenceTokens?: number;
}

export interface SegmenterOptions extends SegmentOptions {
  /** A loaded boundary model; it re-decides the rules' candidate gaps. */
  model?: SbdModel;
  /** A model file, read on the first segment() call and kept by this segmenter (not with `model`). */
  modelFile?: string;
}

export interface Segmenter {
  segment(text: string): SentenceSegment[];
}

/** Rules only: no model, nothing to load. */
export function segment(text: string, opts: SegmentOptions = {}): SentenceSegment[] {
  return segmentWith(text, null, opts.maxSentenceTokens ?? DEFAULT_MAX_SENTENCE_TOKENS);
}

/**
 * A segmenter holding its boundary model (if any): create one per pipeline context and pass it
 * down. With `modelFile` the file is read once, on first use; a bad file throws E_MODEL then.
 * With neither option it is the rules-only segment().
 */
export function createSegmenter(opts: SegmenterOptions = {}): Segmenter {
  if (opts.model && opts.modelFile) throw new DyadError('E_USAGE', 'createSegmenter: give a model or a model file, not both');
  const maxTokens = opts.maxSentenceTokens ?? DEFAULT_MAX_SENTENCE_TOKENS;
  let model: SbdModel | null = opts.model ?? null;
  const file = opts.modelFile;
  return {
    segment(text: string): SentenceSegment[] {
      if (model === null && file !== undefined) model = SbdModel.load(file);
      return segmentWith(text, model, maxTokens);
    },
  };
}

function segmentWith(text: string, model: SbdModel | null, maxTokens: number): SentenceSegment[] {
  const words = tokenize(text);
  const ruleEnds = sentenceEnds(text, words);
  const sentEnds = model ? model.decideEnds(text, words, ruleEnds) : ruleEnds;
  const { tok, ends } = detachFinalPeriods(text, words, sentEnds);
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
