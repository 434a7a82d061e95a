/**
 * Writing a parse of part of a sentence back into the sentence: the reparses that parse a clause or
 * phrase apart from the words around it (reparse-aside.ts, reparse-appositive.ts, retag-as.ts) put
 * each part's tags and arcs back in the sentence's own word positions.
 */

/** A sentence's tags and arcs, written in place (heads 1-based, 0 for the root). */
export interface ParseArrays {
  head: Int32Array;
  upos: string[];
  xpos: string[];
  deprel: string[];
}

/** A parse of some words: tags and arcs over its own positions. */
export interface PartParse {
  head: ArrayLike<number>;
  upos: readonly string[];
  xpos: readonly string[];
  deprel: readonly string[];
}

/**
 * Writes the first `count` words of `part` into `into`, its word j at sentence position at(j). A
 * head inside the part maps the same way; a head on a word beyond `count` (a stop added to parse the
 * part as a sentence) becomes the part's root. The part's root hangs on `rootHead` (1-based in the
 * sentence, 0 for the sentence's root) with `rootRel`, or its own relation when none is given.
 */
export function placePart(into: ParseArrays, part: PartParse, count: number, at: (j: number) => number, rootHead: number, rootRel?: string): void {
  let root = -1;
  for (let j = 0; j < count; j++) if (part.head[j] === 0) root = j;
  for (let j = 0; j < count; j++) {
    const w = at(j), h = part.head[j];
    into.head[w] = h === 0 ? rootHead : h - 1 >= count ? at(root) + 1 : at(h - 1) + 1;
    into.upos[w] = part.upos[j];
    into.xpos[w] = part.xpos[j];
    into.deprel[w] = h === 0 && rootRel !== undefined ? rootRel : part.deprel[j];
  }
}
