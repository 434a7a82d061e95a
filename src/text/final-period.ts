/**
 * EWT writes a sentence-final abbreviation as the word plus its own period ("etc" ".",
 * "U.S.A" "."): the one period does both jobs. The tokenizer keeps the period on the word (it
 * cannot know about sentence ends); once sentences are known this splits it off the last word
 * of each sentence (looking past glued closing quotes and brackets).
 */
import { isCloser } from './chars.js';
import { SpanBuffer, type Spans } from './span-buffer.js';

function isAbbreviationWithPeriod(text: string, s: number, e: number): boolean {
  return e - s > 1 && text.charCodeAt(e - 1) === 46 && text.charCodeAt(s) !== 46 && text.charCodeAt(e - 2) !== 46;
}

/** Index of the token whose period should be split off in sentence [from, to), or -1. */
function finalAbbreviation(text: string, tok: Spans, from: number, to: number): number {
  let k = to - 1;
  while (k > from && tok.end[k] - tok.start[k] === 1 && isCloser(text.charCodeAt(tok.start[k]))) k--;
  return isAbbreviationWithPeriod(text, tok.start[k], tok.end[k]) ? k : -1;
}

/** Token spans and sentence ends with sentence-final abbreviation periods split off. */
export function detachFinalPeriods(text: string, tok: Spans, ends: number[]): { tok: Spans; ends: number[] } {
  const split = new Set<number>();
  let from = 0;
  for (const to of ends) {
    const k = finalAbbreviation(text, tok, from, to);
    if (k >= 0) split.add(k);
    from = to;
  }
  if (split.size === 0) return { tok, ends };
  const out = new SpanBuffer(text, tok.start.length + split.size);
  const newEnds: number[] = [];
  let e = 0;
  for (let i = 0; i < tok.start.length; i++) {
    if (split.has(i)) {
      out.push(tok.start[i], tok.end[i] - 1);
      out.push(tok.end[i] - 1, tok.end[i]);
    } else {
      out.push(tok.start[i], tok.end[i]);
    }
    while (e < ends.length && ends[e] === i + 1) {
      newEnds.push(out.length);
      e++;
    }
  }
  return { tok: out.spans(), ends: newEnds };
}
