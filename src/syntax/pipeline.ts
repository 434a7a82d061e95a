/**
 * The syntax stage: segment text into sentences and tokens, tag them, parse them. Models are loaded
 * once into a Syntax object that the caller passes down (no module-level state).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../util/errors.js';
import { createSegmenter, SbdModel, type Segmenter } from '../text/segment.js';
import { Parser } from './parser/index.js';
import { Tagger } from './tagger/index.js';
import type { ParsedSentence } from './types.js';

/**
 * The shipped models/syntax folder, found by walking up from this module's own file: that is
 * ../../models from src/syntax (running from source) and ../../../models from dist/src/syntax
 * (built, or inside an installed package).
 */
export function defaultSyntaxModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'models', 'syntax');
    if (existsSync(join(candidate, 'parser'))) return candidate;
    dir = dirname(dir);
  }
  throw new DyadError('E_MODEL', 'cannot find the models/syntax folder next to the dyad package');
}

/** Which parser to use: greedy (fast, the default) or the beam-search parser (more accurate, slower). */
export type ParserKind = 'greedy' | 'beam';
/** The folder of each parser inside a syntax model folder. */
export const PARSER_DIRS: Readonly<Record<ParserKind, string>> = { greedy: 'parser', beam: 'parser-beam' };

export class Syntax {
  readonly tagger: Tagger;
  readonly parser: Parser;
  /** Sentence splitter: rules plus the shipped boundary model (models/text) when loaded with load(). */
  readonly segmenter: Segmenter;

  constructor(tagger: Tagger, parser: Parser, segmenter: Segmenter = createSegmenter()) {
    this.tagger = tagger;
    this.parser = parser;
    this.segmenter = segmenter;
  }

  /**
   * Loads dir/tagger.bin and the parser of the given kind, dir/parser/ or dir/parser-beam/ (default
   * dir: the project's models/syntax), and the shipped sentence-boundary model.
   */
  static load(dir: string = defaultSyntaxModelDir(), parser: ParserKind = 'greedy'): Syntax {
    return new Syntax(Tagger.load(dir), Parser.load(join(dir, PARSER_DIRS[parser])), createSegmenter({ model: SbdModel.load() }));
  }

  /** Sentences of `text` with offsets into it. */
  parseText(text: string): ParsedSentence[] {
    return this.segmenter.segment(text).map((s) => this.parseTokens(s.forms, s.tokenStart, s.tokenEnd));
  }

  /** One already tokenised sentence; offsets are -1. */
  parseWords(words: string[]): ParsedSentence {
    return this.parseTokens(words, new Int32Array(words.length).fill(-1), new Int32Array(words.length).fill(-1));
  }

  private parseTokens(words: string[], start: Int32Array, end: Int32Array): ParsedSentence {
    if (words.length === 0) return { words, start, end, upos: [], xpos: [], head: new Int32Array(0), deprel: [] };
    const { upos, xpos } = this.tagger.tag(words);
    const { head, deprel } = this.parser.parse(words, upos, xpos);
    return { words, start, end, upos, xpos, head, deprel };
  }
}
