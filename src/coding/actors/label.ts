/**
 * A genre label opening a line ("Commentary: Brazil weighs ...", "Opinion | ...", "Analysis: ..."):
 * it says what kind of piece follows (doc/genre.ts counts it), it is no actor of the headline
 * ("Commentary" was an unknown organisation and the source of the headline's event).
 */
import { TIMESTAMP } from '../../text/timestamp.js';
import type { SentenceView } from './units.js';

const LABEL = /^(commentary|opinion|op-ed|editorial|column|viewpoint|perspective|comment|analysis|explainer|insight|factbox|backgrounder)$/i;
const SEPARATOR = /^[:|｜]$/;

/**
 * The words of a sentence-opening genre label and its separator, or of a live blog's time stamp
 * segmented apart ("08:15 GMT -", text/timestamp.ts) (1 = blocked), or undefined.
 */
export function labelWords(v: SentenceView): Uint8Array | undefined {
  const w = v.s.words;
  if (w.length > 0 && TIMESTAMP.test(w.join(' '))) return new Uint8Array(w.length).fill(1);
  const sep = w[0]?.toLowerCase() === 'news' ? 2 : 1;
  if (w.length <= sep + 1 || !LABEL.test(w[sep - 1]) || !SEPARATOR.test(w[sep])) return undefined;
  return new Uint8Array(w.length).map((_, k) => (k <= sep ? 1 : 0));
}
