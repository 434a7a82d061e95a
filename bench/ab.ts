/**
 * This build against another, in one process: `DYAD_AB_BASE=/path/to/other/checkout node
 * dist/bench/run.js ab` loads the other checkout's built coder and syntax stage (its dist/, models/
 * and data/) beside this one's, checks that both give the same output, then alternates them in
 * rounds of ROUND_SECONDS and compares CPU time (process.cpuUsage). On a shared machine wall-clock
 * rates drift with the other load by more than most changes gain; alternating rounds in one process
 * sees the same load on both sides, and the ratio of each pair of rounds is what to report (median
 * and range). Skipped without DYAD_AB_BASE.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { benchTreebank, projectRootFrom } from './parser.js';

const ROUNDS = 12;
const ROUND_SECONDS = 1.5;

interface Side {
  /** One unit of work; returns how many units (sentences, words) it did. */
  run: () => number;
  /** The output, to compare. */
  out: () => string;
}

export async function benchAbCoder(): Promise<string> {
  return compare('coder', 'sentences', async (root) => {
    const { Coder } = (await import(moduleAt(root, 'src/coding/coder.js'))) as typeof import('../src/coding/coder.js');
    const { emptyMeta } = (await import(moduleAt(root, 'src/ingest/readers/types.js'))) as typeof import('../src/ingest/readers/types.js');
    const coder = Coder.load({ parser: 'greedy' });
    const doc = { text: readFileSync(join(root, 'examples', 'commentary.txt'), 'utf8'), meta: { ...emptyMeta('text', null), published: '2026-03-05' } };
    return { run: () => coder.code(doc).sentences.length, out: () => JSON.stringify(coder.explain(doc)) };
  });
}

export async function benchAbSyntax(): Promise<string> {
  return compare('syntax', 'words', async (root) => {
    const { Syntax } = (await import(moduleAt(root, 'src/syntax/pipeline.js'))) as typeof import('../src/syntax/pipeline.js');
    const { file, text } = benchTreebank(projectRootFrom(fileURLToPath(import.meta.url)));
    const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
    const syntax = Syntax.load(undefined, 'greedy');
    return {
      run: () => syntax.parseText(doc).reduce((n, s) => n + s.words.length, 0),
      out: () => JSON.stringify(syntax.parseText(doc).map((s) => [s.upos, s.xpos, [...s.head], s.deprel])),
    };
  });
}

function moduleAt(root: string, path: string): string {
  return pathToFileURL(join(root, 'dist', path)).href;
}

async function compare(what: string, unit: string, load: (root: string) => Promise<Side>): Promise<string> {
  const base = process.env.DYAD_AB_BASE;
  if (!base) return 'skipped: set DYAD_AB_BASE to another built checkout to compare with';
  const a = await load(resolve(base));
  const b = await load(projectRootFrom(fileURLToPath(import.meta.url)));
  const same = a.out() === b.out();
  const rate = (side: Side): number => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < ROUND_SECONDS * 1000) n += side.run();
    const cpu = process.cpuUsage(cpu0);
    return n / ((cpu.user + cpu.system) / 1e6);
  };
  rate(a);
  rate(b); // warm-up, so the JIT has compiled both
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate which side goes first, so neither always follows the other's cache state.
    if (i % 2) {
      rb.push(rate(b));
      ra.push(rate(a));
    } else {
      ra.push(rate(a));
      rb.push(rate(b));
    }
  }
  const ratios = ra.map((x, i) => rb[i] / x);
  const med = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1];
  return `${what}: output ${same ? 'identical' : 'DIFFERS'}; base ${med(ra).toFixed(0)}, this build ${med(rb).toFixed(0)} ${unit} per CPU-second ` +
    `(medians of ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s); this/base ${med(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}) vs ${base}`;
}
