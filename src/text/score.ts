/**
 * Segmentation scores against gold spans: sentence-boundary and token precision/recall/F1.
 * A boundary is a sentence end, compared after stepping back over whitespace; the end of the
 * document is not counted (every segmenter gets it right). A token counts when its exact span
 * matches a gold word's span.
 */
import { isSpace } from './chars.js';

export interface PRCounts {
  tp: number;
  predicted: number;
  gold: number;
}

export function emptyCounts(): PRCounts {
  return { tp: 0, predicted: 0, gold: 0 };
}

export function addCounts(into: PRCounts, c: PRCounts): void {
  into.tp += c.tp;
  into.predicted += c.predicted;
  into.gold += c.gold;
}

export function prf(c: PRCounts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function trimmedEnd(text: string, e: number): number {
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Boundary counts for predicted vs gold sentence ends in one document. */
export function boundaryCounts(text: string, predictedEnds: ArrayLike<number>, goldEnds: ArrayLike<number>): PRCounts {
  const docEnd = trimmedEnd(text, text.length);
  const norm = (ends: ArrayLike<number>) => {
    const set = new Set<number>();
    for (let i = 0; i < ends.length; i++) {
      const e = trimmedEnd(text, ends[i]);
      if (e < docEnd) set.add(e);
    }
    return set;
  };
  const p = norm(predictedEnds);
  const g = norm(goldEnds);
  let tp = 0;
  for (const e of p) if (g.has(e)) tp++;
  return { tp, predicted: p.size, gold: g.size };
}

/** Span counts for predicted vs gold tokens; both lists sorted by start. */
export function spanCounts(
  pStart: ArrayLike<number>, pEnd: ArrayLike<number>, gStart: ArrayLike<number>, gEnd: ArrayLike<number>,
): PRCounts {
  let i = 0;
  let j = 0;
  let tp = 0;
  while (i < pStart.length && j < gStart.length) {
    if (pStart[i] === gStart[j]) {
      if (pEnd[i] === gEnd[j]) tp++;
      i++;
      j++;
    } else if (pStart[i] < gStart[j]) i++;
    else j++;
  }
  return { tp, predicted: pStart.length, gold: gStart.length };
}
