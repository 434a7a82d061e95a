/**
 * Parser alone: words/s for parsing gold-tokenised, gold-tagged EWT dev sentences (the shared data
 * when present, else the parser's test fixture) with the shipped model; model load time and RSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../src/syntax/conllu.js';
import { ParserEnsemble, type SentenceParser } from '../src/syntax/parser/ensemble.js';
import { Parser } from '../src/syntax/parser/index.js';
import { ENSEMBLE_FILE } from '../src/syntax/pipeline.js';

export function projectRootFrom(here: string): string {
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${here}`);
  }
}

/** EWT dev from ../shared/data when it is there (development machines), else the fixture. */
export function benchTreebank(root: string): { file: string; text: string } {
  const dev = join(root, '..', 'shared', 'data', 'ud-english-ewt', 'en_ewt-ud-dev.conllu');
  const file = existsSync(dev) ? dev : join(root, 'src', 'syntax', 'parser', 'fixtures', 'ewt-train-sample.conllu');
  return { file, text: readFileSync(file, 'utf8') };
}

export async function benchParser(): Promise<string> {
  return benchParserIn('parser');
}

/** The beam-search parser alone, on the same sentences. */
export async function benchParserBeam(): Promise<string> {
  return benchParserIn('parser-beam');
}

/** The accurate mode's parser (`--accurate`): the ensemble of parser-ensemble.json, its members' parses combined. */
export async function benchParserAccurate(): Promise<string> {
  return benchParserIn(ENSEMBLE_FILE);
}

async function benchParserIn(folder: string): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const sents = parseConllu(text, file).map((s) => ({
    words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
  }));
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const path = join(root, 'models', 'syntax', folder);
  const parser: SentenceParser = folder === ENSEMBLE_FILE ? ParserEnsemble.load(path) : Parser.load(path);
  const beam = parser instanceof Parser ? String(parser.beamWidth) : 'ensemble';
  const loadMs = performance.now() - t0;
  const rss = process.memoryUsage().rss - rss0;
  for (const s of sents.slice(0, 200)) parser.parse(s.words, s.upos, s.xpos); // warm up
  let words = 0;
  const t1 = performance.now();
  const rounds = beam === '1' ? 3 : 1;
  for (let r = 0; r < rounds; r++) for (const s of sents) {
    parser.parse(s.words, s.upos, s.xpos);
    words += s.words.length;
  }
  const secs = (performance.now() - t1) / 1000;
  return `${folder}: parse only (gold tokens and tags, ${file.split('/').pop()}, beam ${beam}): ${(words / secs).toFixed(0)} words/s; ` +
    `load ${loadMs.toFixed(0)} ms; +RSS ${(rss / 1e6).toFixed(0)} MB`;
}
