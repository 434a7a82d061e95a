/**
 * The syntax stage: segment text into sentences and tokens, tag them, parse them. Models are loaded
 * once into a Syntax object that the caller passes down (no module-level state).
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../util/errors.js';
import { createSegmenter, SbdModel, type Segmenter } from '../text/segment.js';
import { Parser } from './parser/index.js';
import { BACKWARD_FILE, Tagger } from './tagger/index.js';
import { modelForms } from './quote-forms.js';
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

/**
 * The mode: greedy (fast, the default: tagger.bin and the greedy parser) or beam, the accurate mode
 * (`--accurate`: tagger.bin paired with the right-to-left tagger-rtl.bin, and the beam-search parser).
 */
export type ParserKind = 'greedy' | 'beam';
/** The folder of each parser inside a syntax model folder. */
export const PARSER_DIRS: Readonly<Record<ParserKind, string>> = { greedy: 'parser', beam: 'parser-beam' };

/**
 * Model files and folders (folders ending in the path separator) inside dir that the given mode does
 * not read: the other mode's parser, and in the greedy mode the right-to-left tagger.
 */
export function unusedModelPaths(dir: string, kind: ParserKind): string[] {
  const other = (Object.keys(PARSER_DIRS) as ParserKind[]).filter((k) => k !== kind).map((k) => join(dir, PARSER_DIRS[k]) + sep);
  return kind === 'greedy' ? [...other, join(dir, BACKWARD_FILE)] : other;
}

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
   * Loads the models of the given mode from dir (default: the project's models/syntax): greedy,
   * dir/tagger.bin and dir/parser/; beam (accurate), dir/tagger.bin paired with dir/tagger-rtl.bin
   * (if there is one) and dir/parser-beam/. Also the shipped sentence-boundary model.
   */
  static load(dir: string = defaultSyntaxModelDir(), parser: ParserKind = 'greedy'): Syntax {
    return new Syntax(Tagger.load(dir, parser === 'beam'), Parser.load(join(dir, PARSER_DIRS[parser])), createSegmenter({ model: SbdModel.load() }));
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
    const forms = modelForms(words) as string[];
    const { upos, xpos } = this.tagger.tag(forms);
    const { head, deprel } = this.parser.parse(forms, upos, xpos);
    return { words, start, end, upos, xpos, head, deprel };
  }
}
