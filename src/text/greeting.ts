/**
 * Mail greetings written on one line with the message ("Dear All, My name is ...", "Hi Sara, Please
 * find ...", "Good Morning Debra - I have attached ..."): EWT makes the greeting a sentence of its
 * own, ending at its comma, colon or dash. The greeting must open the sentence and be short, and a
 * capitalised word must follow.
 */
import { isUpper } from './chars.js';
import type { Spans } from './span-buffer.js';

const OPENERS: ReadonlySet<string> = new Set(['dear', 'hi', 'hello', 'hey', 'greetings']);
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/** Longest greeting in tokens before its punctuation ("Dear Dr. Vincent Kaminski"). */
const MAX_WORDS = 5;

/** Token i is the comma, colon or dash closing a greeting that opens the sentence at sentenceStart. */
export function endsGreeting(text: string, tok: Spans, sentenceStart: number, i: number): boolean {
  const n = tok.start.length;
  if (i - sentenceStart < 1 || i - sentenceStart > MAX_WORDS || i + 1 >= n) return false;
  if (tok.end[i] - tok.start[i] !== 1) return false;
  const c = text.charCodeAt(tok.start[i]);
  if (c !== 44 && c !== 58 && c !== 45) return false;
  if (!isUpper(text.charCodeAt(tok.start[i + 1]))) return false;
  const first = text.slice(tok.start[sentenceStart], tok.end[sentenceStart]).toLowerCase();
  if (OPENERS.has(first)) return true;
  if (first !== 'good' || sentenceStart + 1 >= i) return false;
  return TIMES_OF_DAY.has(text.slice(tok.start[sentenceStart + 1], tok.end[sentenceStart + 1]).toLowerCase());
}
