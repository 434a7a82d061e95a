/**
 * Speaker labels of an interview or press-briefing transcript ("Q: The Philippine coast guard said
 * ...", "A: Huangyan Dao is China's ..."): the label is a segment of its own, so the question or
 * answer after it parses as a sentence with its own subject.
 */
import { isUpper } from './chars.js';
import type { Spans } from './span-buffer.js';

const LABELS: ReadonlySet<string> = new Set(['q', 'a', 'question', 'answer']);

/** Token i is the colon closing a speaker label that opens the sentence at sentenceStart. */
export function endsSpeakerLabel(text: string, tok: Spans, sentenceStart: number, i: number): boolean {
  if (i !== sentenceStart + 1 || i + 1 >= tok.start.length) return false;
  if (tok.end[i] - tok.start[i] !== 1 || text.charCodeAt(tok.start[i]) !== 58) return false;
  // The label opens its line, and a capitalised word follows ("A: We ...", not "Plan A: ...").
  const start = tok.start[sentenceStart];
  if (start > 0 && !/\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) return false;
  if (!isUpper(text.charCodeAt(tok.start[i + 1]))) return false;
  return LABELS.has(text.slice(start, tok.end[sentenceStart]).toLowerCase());
}
