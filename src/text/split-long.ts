/**
 * Cuts sentences longer than maxTokens so downstream parsing stays linear. Each cut is made
 * within the last half of the allowed window, at the strongest punctuation there (";" > ":" >
 * "," > a dash or bracket), else at the window's end.
 */
import type { Spans } from './span-buffer.js';

function strength(text: string, s: number, e: number): number {
  if (e - s !== 1) return e - s === 2 && text.charCodeAt(s) === 45 ? 1 : 0;
  switch (text.charCodeAt(s)) {
    case 59: return 4; // ;
    case 58: return 3; // :
    case 44: return 2; // ,
    case 45: case 0x2013: case 0x2014: case 41: return 1; // - – — )
    default: return 0;
  }
}

/** Splits [from, to) into pieces of at most maxTokens tokens; returns the piece ends. */
export function splitLong(text: string, tok: Spans, from: number, to: number, maxTokens: number): number[] {
  const ends: number[] = [];
  const max = Math.max(2, maxTokens);
  let p = from;
  while (to - p > max) {
    let best = p + max;
    let bestStrength = 0;
    for (let k = p + max - 1; k >= p + (max >> 1); k--) {
      const st = strength(text, tok.start[k], tok.end[k]);
      if (st > bestStrength) {
        bestStrength = st;
        best = k + 1;
        if (st === 4) break;
      }
    }
    ends.push(best);
    p = best;
  }
  ends.push(to);
  return ends;
}
