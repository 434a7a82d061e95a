/**
 * What the parser's fixed labels (src/syntax/parser/fixed-labels.ts) save: the default mode's
 * tokenise + tag + parse over the same text with and without the table, alternating passes in one
 * process and timing each by its CPU time, so that load on a shared machine moves both alike.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { Parser } from '../src/syntax/parser/index.js';
import { Syntax } from '../src/syntax/pipeline.js';
import { benchTreebank, projectRootFrom } from './parser.js';

const PASSES = 21;

export async function benchFixedLabels(): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
  const withTable = Syntax.load(undefined, 'greedy');
  const without = Syntax.load(undefined, 'greedy');
  if (!(without.parser instanceof Parser) || !without.parser.fixedLabels) return 'the greedy parser has no fixed-labels table: nothing to compare';
  without.parser.fixedLabels = null;
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const pass = (syntax: Syntax): number => {
    const c0 = cpuMs();
    let words = 0;
    for (const s of syntax.parseText(doc)) words += s.words.length;
    return words / ((cpuMs() - c0) / 1000);
  };
  pass(withTable);
  pass(without);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    a.push(pass(withTable));
    b.push(pass(without));
  }
  const median = (v: number[]): number => [...v].sort((x, y) => x - y)[v.length >> 1];
  return `tokenise+tag+parse (${file.split('/').pop()} text), CPU words/s, median of ${PASSES} alternating passes after one each: ` +
    `with fixed labels ${median(a).toFixed(0)}, without ${median(b).toFixed(0)} (${(100 * (median(a) / median(b) - 1)).toFixed(1)}%)`;
}
