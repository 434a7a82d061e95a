/**
 * The syntax stage: segment text into sentences and tokens, tag them, parse them. Models are loaded
 * once into a Syntax object that the caller passes down (no module-level state).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../util/errors.js';
import { createSegmenter, SbdModel, type Segmenter } from '../text/segment.js';
import { Parser } from './parser/index.js';
import { sharedParserDir } from './parser/parser.js';
import { isNeuralMember, ParserEnsemble, readEnsembleSpec, type SentenceParser } from './parser/ensemble.js';
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
 * (`--accurate`: tagger.bin paired with the right-to-left tagger-rtl.bin, and the parser ensemble of
 * ENSEMBLE_FILE, whose members include the beam-search parser).
 */
export type ParserKind = 'greedy' | 'beam';
/** The folder of each mode's own parser inside a syntax model folder. */
export const PARSER_DIRS: Readonly<Record<ParserKind, string>> = { greedy: 'parser', beam: 'parser-beam' };
/**
 * The accurate mode's parser ensemble (parser/ensemble.ts), naming its member parser folders; a model
 * folder without one parses the accurate mode with parser-beam/ alone.
 */
export const ENSEMBLE_FILE = 'parser-ensemble.json';

/** The parser folders the accurate mode reads: the ensemble's members and the folders they share files with. */
function accurateParserDirs(dir: string): string[] {
  const file = join(dir, ENSEMBLE_FILE);
  const members = existsSync(file) ? readEnsembleSpec(file).members.map((m) => m.parser) : [PARSER_DIRS.beam];
  const shared = members.filter((m) => existsSync(join(dir, m, 'meta.json'))).map((m) => relative(dir, sharedParserDir(join(dir, m))));
  return [...members, ...shared];
}


/**
 * Model files and folders (folders ending in the path separator) inside dir that the given mode does
 * not read: parser folders (parser*) and neural parser files (parser*.bin) other than its own, and in
 * the greedy mode the right-to-left tagger and the ensemble file.
 */
export function unusedModelPaths(dir: string, kind: ParserKind): string[] {
  const used = kind === 'greedy' ? [PARSER_DIRS.greedy] : accurateParserDirs(dir);
  const entries = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.name.startsWith('parser')) : [];
  const parserDirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const neuralFiles = new Set(entries.filter((e) => e.isFile() && isNeuralMember(e.name)).map((e) => e.name));
  const other = [...new Set([...parserDirs, ...neuralFiles, PARSER_DIRS.beam])].filter((d) => !used.includes(d)).sort()
    .map((d) => join(dir, d) + (neuralFiles.has(d) ? '' : sep));
  return kind === 'greedy' ? [...other, join(dir, BACKWARD_FILE), join(dir, ENSEMBLE_FILE)] : other;
}

/** The accurate mode's parser: the ensemble of dir/ENSEMBLE_FILE, or else dir/parser-beam/ alone. */
function loadAccurateParser(dir: string): SentenceParser {
  const file = join(dir, ENSEMBLE_FILE);
  return existsSync(file) ? ParserEnsemble.load(file) : Parser.load(join(dir, PARSER_DIRS.beam));
}

export class Syntax {
  readonly tagger: Tagger;
  /** A Parser (the greedy mode's), or the accurate mode's ParserEnsemble. */
  readonly parser: SentenceParser;
  /** Sentence splitter: rules plus the shipped boundary model (models/text) when loaded with load(). */
  readonly segmenter: Segmenter;

  constructor(tagger: Tagger, parser: SentenceParser, segmenter: Segmenter = createSegmenter()) {
    this.tagger = tagger;
    this.parser = parser;
    this.segmenter = segmenter;
  }

  /**
   * Loads the models of the given mode from dir (default: the project's models/syntax): greedy,
   * dir/tagger.bin and dir/parser/; beam (accurate), dir/tagger.bin paired with dir/tagger-rtl.bin
   * (if there is one) and the parser ensemble of dir/parser-ensemble.json (if there is one, else
   * dir/parser-beam/). Also the shipped sentence-boundary model.
   */
  static load(dir: string = defaultSyntaxModelDir(), parser: ParserKind = 'greedy'): Syntax {
    const p = parser === 'beam' ? loadAccurateParser(dir) : Parser.load(join(dir, PARSER_DIRS.greedy));
    return new Syntax(Tagger.load(dir, parser === 'beam'), p, createSegmenter({ model: SbdModel.load() }));
  }

  /** Sentences of `text` with offsets into it. */
  parseText(text: string): ParsedSentence[] {
    return this.parseTextAs(text, () => null);
  }

  /**
   * The same, with each sentence tagged and parsed by the forms `reword` gives for its words (null:
   * its own words); the sentences keep their own words and offsets. A caller that would otherwise
   * parse a sentence and then parse it again with other forms (reparse-headline.ts) parses it once.
   */
  parseTextAs(text: string, reword: (words: readonly string[]) => string[] | null): ParsedSentence[] {
    return this.segmenter.segment(text).map((s) => this.parseTokens(s.forms, s.tokenStart, s.tokenEnd, reword(s.forms) ?? s.forms));
  }

  /** One already tokenised sentence; offsets are -1. */
  parseWords(words: string[]): ParsedSentence {
    return this.parseTokens(words, new Int32Array(words.length).fill(-1), new Int32Array(words.length).fill(-1));
  }

  /** `tagAs`: the forms to tag and parse by, one per word (default the words). */
  private parseTokens(words: string[], start: Int32Array, end: Int32Array, tagAs: readonly string[] = words): ParsedSentence {
    if (words.length === 0) return { words, start, end, upos: [], xpos: [], head: new Int32Array(0), deprel: [] };
    const forms = modelForms(tagAs) as string[];
    const { upos, xpos } = this.tagger.tag(forms);
    const { head, deprel } = this.parser.parse(forms, upos, xpos);
    return { words, start, end, upos, xpos, head, deprel };
  }
}
