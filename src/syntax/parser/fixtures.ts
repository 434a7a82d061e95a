/** Locates the parser's test fixtures in the source tree from compiled tests in dist/ (tsc does not copy them). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../conllu.js';
import type { ParserExample } from './train.js';

function projectRoot(): string {
  const from = dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export function fixturePath(): string {
  return join(projectRoot(), 'src', 'syntax', 'parser', 'fixtures', 'ewt-train-sample.conllu');
}

/** The EWT sample as parser examples with gold tags. */
export function fixtureExamples(): ParserExample[] {
  const file = fixturePath();
  return parseConllu(readFileSync(file, 'utf8'), file).map((s) => ({
    words: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => w.xpos),
    head: s.words.map((w) => w.head),
    deprel: s.words.map((w) => w.deprel),
  }));
}

/** Test helper: head[d - 1] for d = 1..n (0 = root) forms a tree with exactly one root word. */
export function isSingleRootTree(head: ArrayLike<number>): boolean {
  const n = head.length;
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    if (head[d - 1] === 0) roots++;
    let v = d;
    for (let steps = 0; v !== 0; steps++) {
      if (steps > n || v < 0 || v > n) return false;
      v = head[v - 1];
    }
  }
  return roots === 1;
}
