/**
 * Test harness for parse repairs on the shipped tagger and parser (a repair is about what they do):
 * each word's relation and head after the repair, and whether a repair left a parse alone.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { Syntax } from '../syntax/pipeline.js';

let syntax: Syntax | null = null;

function parsed(text: string): ParsedSentence {
  syntax ??= Syntax.load();
  return syntax.parseText(text)[0];
}

/** The first sentence of text parsed and repaired; the result gives a word's "deprel>head" ("ROOT" for the root). */
export function repairedBy(repair: (s: ParsedSentence) => void, text: string): (w: string) => string {
  const s = parsed(text);
  repair(s);
  return (w) => {
    const k = s.words.indexOf(w);
    return `${s.deprel[k]}>${s.head[k] === 0 ? 'ROOT' : s.words[s.head[k] - 1]}`;
  };
}

/** True when the repair changes no head and no relation of text's first sentence. */
export function leftAlone(repair: (s: ParsedSentence) => void, text: string): boolean {
  const s = parsed(text);
  const before = [...s.head].join(), rels = s.deprel.join();
  repair(s);
  return [...s.head].join() === before && s.deprel.join() === rels;
}
