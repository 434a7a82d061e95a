/**
 * The time stamp opening an entry of a live blog ("08:15 GMT - Israeli jets struck ...",
 * "2:05 p.m. ET: The ministry said ..."): the segmenter makes it a segment of its own, like a wire
 * dateline (sentences.ts), so the entry parses as a sentence with its own subject; actor resolution
 * (coding/actors/label.ts) finds no actor in it ("GMT" was an unknown organisation and the source
 * of the entry's event).
 */
import { isNewline, isUpper } from './chars.js';
import type { Spans } from './span-buffer.js';

/** A whole string that is a time stamp with its closing dash or colon. */
export const TIMESTAMP = /^(?:updated\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|[A-Z]{1,2}[SD]?T|local(?:\s+time)?))?|\d{4}\s+(?:GMT|UTC))\s*(?:--|[-–—:])$/i;

const TIMESTAMP_TOKENS = 6;

/** Token i is the dash or colon closing a time stamp that opens a line and the sentence at sentenceStart. */
export function endsTimestamp(text: string, tok: Spans, sentenceStart: number, i: number): boolean {
  if (i - sentenceStart > TIMESTAMP_TOKENS || i + 1 >= tok.start.length) return false;
  const start = tok.start[sentenceStart];
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k > 0 && !isNewline(text.charCodeAt(k - 1))) return false;
  if (!TIMESTAMP.test(text.slice(start, tok.end[i]))) return false;
  // A capitalised word or an opening quote follows: "10:30 - The ministry ...".
  const c = text.charCodeAt(tok.start[i + 1]);
  return isUpper(c) || c === 34 || c === 0x201c;
}
