/** Reading the EWT treebank's parts into parser training examples, for the parser-only training CLIs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import type { ParserExample } from './train.js';

/** The non-empty sentences of en_ewt-ud-<part>.conllu in dir. */
export function readPart(dir: string, part: string): ConlluSentence[] {
  const file = join(dir, `en_ewt-ud-${part}.conllu`);
  return parseConllu(readFileSync(file, 'utf8'), file).filter((s) => s.words.length > 0);
}

/** A gold tree with the given tags as a training example. */
export function toExample(s: ConlluSentence, upos: string[], xpos: string[]): ParserExample {
  return { words: s.words.map((w) => w.form), upos, xpos, head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) };
}
