/**
 * Sentence boundaries over a token sequence. A boundary falls after a token when:
 *  - a blank line follows it (always);
 *  - a single line break follows it and the next line looks like a new item (list marker) or the
 *    line before it is short like a headline;
 *  - it is sentence-final punctuation (". ! ? ..."), after any closing quotes or brackets glued to
 *    it ('said." Next'), and what follows does not continue the sentence (a lower-case word);
 *  - it is an abbreviation that may end a sentence ("U.S.") and the next word is a capitalised
 *    word that normally starts sentences ("The"), not a name.
 *  - it is the comma after a mail sign-off opening the sentence, before a name ("Thanks, Kay");
 *  - it is the comma, colon or dash closing a mail greeting ("Dear All, My name is");
 *  - it is the dash closing a wire dateline that opens the sentence ("SEOUL, April 7 (Yonhap) --"):
 *    the dateline is a segment of its own, so it is not parsed into the story's first sentence;
 *    so is a live blog's time stamp opening a line ("08:15 GMT -", timestamp.ts).
 * Titles ("Gen.") and initials ("J. R. Smith") never end a sentence. Decisions are local (a few
 * tokens either side), so the pass is linear and deterministic.
 */
import { SENTENCE_STARTERS, TITLES } from './abbreviations.js';
import { isEmoticon, isUrlLike } from './special-tokens.js';
import { isAlnum, isCloser, isDigit, isLower, isNewline, isSpace, isUpper, isLetter } from './chars.js';
import { DATELINE } from './dateline.js';
import { endsTimestamp } from './timestamp.js';
import { endsSignOff } from './valediction.js';
import { endsGreeting } from './greeting.js';
import { endsSpeakerLabel } from './speaker-label.js';
import type { Spans } from './span-buffer.js';

/** Ends (exclusive token indices) of the sentences in tokens; the last is tokens.start.length. */
export function sentenceEnds(text: string, tok: Spans): number[] {
  const n = tok.start.length;
  const ends: number[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < n - 1; i++) {
    if (ends.length > 0) sentenceStart = ends[ends.length - 1];
    const gap = gapKind(text, tok.end[i], tok.start[i + 1]);
    if (gap === GAP_BLANK_LINE || (gap === GAP_NEWLINE && lineBreakEnds(text, tok, i))) {
      ends.push(i + 1);
      continue;
    }
    if (endsDateline(text, tok, sentenceStart, i) || endsTimestamp(text, tok, sentenceStart, i)) {
      ends.push(i + 1);
      continue;
    }
    const last = terminalEnd(text, tok, i, sentenceStart);
    if (last < 0) {
      if (
        unpunctuatedEnd(text, tok, i) ||
        endsSignOff(text, tok, sentenceStart, i) ||
        endsGreeting(text, tok, sentenceStart, i) ||
        endsSpeakerLabel(text, tok, sentenceStart, i)
      ) {
        ends.push(i + 1);
      }
      continue;
    }
    // closers glued to the terminal token belong to this sentence
    if (last + 1 < n && endsHere(text, tok, i, last + 1)) {
      ends.push(last + 1);
      i = last;
    }
  }
  if (n > 0) ends.push(n);
  return ends;
}


const DATELINE_TOKENS = 14;

/** Token i is the dash closing a wire dateline that opens the sentence starting at sentenceStart. */
export function endsDateline(text: string, tok: Spans, sentenceStart: number, i: number): boolean {
  if (i - sentenceStart > DATELINE_TOKENS || i + 1 >= tok.start.length) return false;
  const c = text.charCodeAt(tok.end[i] - 1);
  if (c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  const head = text.slice(tok.start[sentenceStart], tok.end[i]);
  if (!DATELINE.test(head)) return false;
  // A bare "PLACE -" needs a capitalised word after it: "NATO - the alliance - met" is no dateline.
  return /[,(]/.test(head) || isUpper(text.charCodeAt(tok.start[i + 1]));
}

export const GAP_NEWLINE = 1;
export const GAP_BLANK_LINE = 2;

/** 0 for a gap within a line, GAP_NEWLINE for one line break, GAP_BLANK_LINE for more. */
export function gapKind(text: string, a: number, b: number): number {
  let lines = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 13 && k + 1 < b && text.charCodeAt(k + 1) === 10) continue; // CRLF is one break
    if (isNewline(c)) lines++;
  }
  return lines === 0 ? 0 : lines === 1 ? GAP_NEWLINE : GAP_BLANK_LINE;
}

/**
 * If token i can end a sentence, the index of the last token of that ending (after glued closing
 * quotes and brackets); otherwise -1.
 */
function terminalEnd(text: string, tok: Spans, i: number, sentenceStart: number): number {
  const s = tok.start[i];
  const e = tok.end[i];
  const c = text.charCodeAt(e - 1);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return -1;
  let j = i;
  while (j + 1 < tok.start.length && tok.start[j + 1] === tok.end[j] && isCloserToken(text, tok.start[j + 1], tok.end[j + 1])) j++;
  if (c === 46 && e - s > 1 && text.charCodeAt(s) !== 46 && !abbreviationMayEnd(text, s, e)) return -1;
  if (c === 46 && e - s === 1 && isListNumber(text, tok, i, sentenceStart)) return -1;
  return j;
}

/** "1." opening a sentence or a line: a list item's number, not the end of a sentence. */
function isListNumber(text: string, tok: Spans, i: number, sentenceStart: number): boolean {
  if (i === 0 || tok.end[i - 1] !== tok.start[i]) return false;
  const s = tok.start[i - 1];
  const e = tok.end[i - 1];
  if (e - s > 3) return false;
  for (let k = s; k < e; k++) if (!isDigit(text.charCodeAt(k))) return false;
  if (i - 1 === sentenceStart && e - s <= 2) return true;
  let k = s;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k === 0 || isNewline(text.charCodeAt(k - 1));
}

function isCloserToken(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isCloser(text.charCodeAt(k))) return false;
  return true;
}

/** Titles and initials never end a sentence; other abbreviations may. */
function abbreviationMayEnd(text: string, s: number, e: number): boolean {
  if (e - s === 2 && isUpper(text.charCodeAt(s))) return false;
  return !TITLES.has(text.slice(s, e - 1));
}

/** Given a possible ending at token i (closers up to `last`), does the sentence end there? */
function endsHere(text: string, tok: Spans, i: number, next: number): boolean {
  const s = tok.start[i];
  const e = tok.end[i];
  const word = firstWord(text, tok, next);
  if (word === null) return false;
  const c0 = text.charCodeAt(tok.start[word]);
  if (CANNOT_START.has(c0) || isEmoticon(text, tok.start[word], tok.end[word])) return false;
  const last = text.charCodeAt(e - 1);
  // an abbreviation ("U.S.") or a name with its "!" ("Yahoo!") ends a sentence only before a starter
  const isAbbrev = e - s > 1 && (last === 46 ? text.charCodeAt(s) !== 46 : last === 33 && isLetter(text.charCodeAt(s)));
  if (isAbbrev) return SENTENCE_STARTERS.has(text.slice(tok.start[word], tok.end[word]));
  if (isLower(c0)) return lowerCaseMayStart(text, tok, i, next, word);
  if (text.charCodeAt(s) === 46 && e - s > 1) return isUpper(c0) || (!isLetter(c0) && !isDigit(c0)); // "..."
  return true;
}

/**
 * Informal text often starts sentences in lower case ("it is smart. like my dogs"). Accept that
 * only after a bare "." or a run of "?" and "!" ending a word, or a "?" or "!" set apart by a
 * space ("be a problem ? thanks"), followed by a space and a plain word, or a word in an opening
 * bracket ("one hour. (you can take breaks"): not after a closing quote ('"Why?" he asked'), an
 * ellipsis, a spaced-out " . " or before an opening quote.
 */
function lowerCaseMayStart(text: string, tok: Spans, i: number, next: number, word: number): boolean {
  const s = tok.start[i];
  const e = tok.end[i];
  if (next !== i + 1 || tok.start[next] === e) return false;
  if (word !== next) {
    const b = text.charCodeAt(tok.start[next]);
    if (word !== next + 1 || (b !== 40 && b !== 91) || tok.end[next] !== tok.start[word]) return false;
  }
  const c = text.charCodeAt(s);
  const glued = i > 0 && tok.end[i - 1] === s;
  if (c === 46) return e - s === 1 && glued;
  for (let k = s; k < e; k++) {
    const d = text.charCodeAt(k);
    if (d !== 33 && d !== 63) return false;
  }
  return glued || i > 0;
}

/** Punctuation that continues a sentence rather than starting one: , ; : ! ? . ) ] } … */
const CANNOT_START = new Set([44, 59, 58, 33, 63, 46, 41, 93, 125, 0x2026]);

/** The first token after `next` that is not an opening quote or bracket (within 3 tokens). */
function firstWord(text: string, tok: Spans, next: number): number | null {
  for (let k = next; k < tok.start.length && k < next + 3; k++) {
    const c = text.charCodeAt(tok.start[k]);
    if (c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 96) continue;
    return k;
  }
  return null;
}

const LIST_MARKERS = new Set([45, 42, 0x2022, 0x2023, 0x25cf, 0x25aa, 0x2013, 0x2014, 62]); // - * • ‣ ● ▪ – — >
const HEADLINE_CHARS = 60;

/** A single line break after token i: does the next line start a new sentence? */
function lineBreakEnds(text: string, tok: Spans, i: number): boolean {
  const next = tok.start[i + 1];
  const c = text.charCodeAt(next);
  if (LIST_MARKERS.has(c)) return true;
  if (isDigit(c) && i + 2 < tok.start.length && tok.end[i + 1] === tok.start[i + 2]) {
    const d = text.charCodeAt(tok.start[i + 2]);
    if (d === 46 || d === 41) return true; // "1." or "1)"
  }
  if (!isUpper(c) && !isDigit(c) && c !== 34 && c !== 0x201c) return false;
  let ls = tok.end[i];
  while (ls > 0 && !isNewline(text.charCodeAt(ls - 1))) ls--;
  while (ls < tok.end[i] && isSpace(text.charCodeAt(ls))) ls++;
  const last = text.charCodeAt(tok.end[i] - 1);
  if (last === 44 || last === 59) return false; // a comma or semicolon continues the sentence
  return tok.end[i] - ls <= HEADLINE_CHARS;
}



/**
 * Ends without sentence punctuation that web and e-mail text has (measured on EWT train): after a
 * clock time's AM/PM ("08:02 PM ‖ I just wanted"), and before a capital or digit after a closing
 * ">" / ">>", an emoticon, a separator line ("=====") or a URL or e-mail address.
 */
function unpunctuatedEnd(text: string, tok: Spans, i: number): boolean {
  const s = tok.start[i];
  const e = tok.end[i];
  const next = text.charCodeAt(tok.start[i + 1]);
  if (e - s === 2 && i > 0 && (text.charCodeAt(s + 1) | 32) === 109 && ((text.charCodeAt(s) | 32) === 97 || (text.charCodeAt(s) | 32) === 112)) {
    const t = text.slice(tok.start[i - 1], tok.end[i - 1]);
    return /^\d{1,2}:\d\d(?::\d\d)?$/.test(t);
  }
  if (!isUpper(next) && !isDigit(next)) return false;
  const c = text.charCodeAt(s);
  if (c === 62 && e - s <= 2) return true; // > >>
  if (isEmoticon(text, s, e) || isUrlLike(text, s, e)) return true;
  if (e - s >= 3 && !isAlnum(c)) {
    for (let k = s + 1; k < e; k++) if (text.charCodeAt(k) !== c) return false;
    return true;
  }
  return false;
}
