/**
 * Mail sign-offs written on one line with the name ("Thanks, Kay", "Best regards, Debra Smith"):
 * EWT ends a sentence after the sign-off's comma. Measured on EWT train (gaps within a line):
 * a sign-off opening its sentence, then a capitalised word, is a boundary 45 times in 53; the
 * misses are a name followed by a period ("Thanks, Kim.": one sentence) and "Thanks, I know".
 */
import { isUpper } from './chars.js';
import type { Spans } from './span-buffer.js';

const SIGN_OFFS: ReadonlySet<string> = new Set([
  'thanks', 'thanks again', 'many thanks', 'thank you', 'thx', 'regards', 'best regards', 'kind regards',
  'kindest regards', 'warm regards', 'warmest regards', 'with best regards', 'with kind regards', 'best',
  'all the best', 'best wishes', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'cheers',
  'cordially', 'respectfully', 'take care',
]);

/** Longest sign-off in tokens. */
const MAX_WORDS = 3;

/**
 * Token i is the comma after a sign-off that makes up the whole sentence so far (tokens
 * sentenceStart..i-1), and the next token is a capitalised name, not "I" and not a name closing
 * its sentence with a period.
 */
export function endsSignOff(text: string, tok: Spans, sentenceStart: number, i: number): boolean {
  const n = tok.start.length;
  if (i - sentenceStart < 1 || i - sentenceStart > MAX_WORDS || i + 1 >= n) return false;
  if (tok.end[i] - tok.start[i] !== 1 || text.charCodeAt(tok.start[i]) !== 44) return false;
  const ns = tok.start[i + 1];
  const ne = tok.end[i + 1];
  if (!isUpper(text.charCodeAt(ns)) || ne - ns < 2 || text.charCodeAt(ne - 1) === 46) return false;
  if (i + 2 < n && tok.start[i + 2] === ne && text.charCodeAt(tok.start[i + 2]) === 46) return false;
  const words: string[] = [];
  for (let k = sentenceStart; k < i; k++) words.push(text.slice(tok.start[k], tok.end[k]).toLowerCase());
  return SIGN_OFFS.has(words.join(' '));
}
