/**
 * The dateline of a wire story: "SEOUL, April 7 (Yonhap) -- South Korea on Tuesday ...". Its place
 * is where the story was filed, not an actor of the first sentence; and it tells whose "foreign
 * ministry" or "government" an unowned agent is ("the foreign ministry said" in a Seoul story is
 * South Korea's), so it ranks above the most-mentioned state in context.ts.
 */
import { DATELINE_AT_LINE_START } from '../../text/dateline.js';

/** Only the top of a story carries a dateline. */
const HEAD = 600;

/** The [start, end) of the dateline's place name in the text, or null. */
export function datelinePlace(text: string): [number, number] | null {
  return datelineSpans(text)?.place ?? null;
}

/**
 * The dateline's place name, the first of two filed from together ("GAZA/CAIRO": the story is
 * Gaza's, Cairo only where more reporting came from), and the whole dateline (place, date, agency
 * and dash: none of its words is an actor, "Nov." in "BERLIN, Nov. 24 --" no unknown
 * organisation), or null.
 */
export function datelineSpans(text: string): { place: [number, number]; first: [number, number]; whole: [number, number] } | null {
  const m = DATELINE_AT_LINE_START.exec(text.slice(0, HEAD));
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const slash = m[1].indexOf('/');
  return {
    place: [start, start + m[1].length],
    first: [start, start + (slash < 0 ? m[1].length : slash)],
    whole: [start, m.index + m[0].trimEnd().length],
  };
}
