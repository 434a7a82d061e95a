/**
 * Right-to-left parsing: the same transition system run over the sentence reversed. Word i of n
 * (1-based) becomes word n + 1 - i, and a head h becomes n + 1 - h (the root, 0, stays 0). The
 * parser then sees different context at each decision (the buffer holds what came before), which
 * makes a right-to-left model a useful, differently wrong, ensemble member (ensemble.ts).
 */
import type { ParserExample } from './train.js';

/** Heads (1-based, 0 for the root) of the reversed sentence; applying it twice gives the input back. */
export function reverseHeads(head: ArrayLike<number>): Int32Array {
  const n = head.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = head[n - 1 - i];
    out[i] = h === 0 ? 0 : n + 1 - h;
  }
  return out;
}

/** The example read right to left: words, tags, heads and labels reversed together. */
export function reverseExample(ex: ParserExample): ParserExample {
  return {
    words: [...ex.words].reverse(),
    upos: [...ex.upos].reverse(),
    xpos: [...ex.xpos].reverse(),
    head: reverseHeads(ex.head),
    deprel: [...ex.deprel].reverse(),
  };
}
