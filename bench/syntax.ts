/**
 * The whole syntax stage on one core: tokenise + tag + parse raw text (the sentences of EWT dev, or
 * of the parser's fixture where the shared data is absent), words/s; model load time; RSS.
 *
 * Two rates: `first pass` is the first full pass over the text straight after loading (the JIT
 * still compiling: what a one-document `dyad code` sees), `steady` the median of five later passes
 * (what a long `dyad ingest` or `worker` sees once V8 has optimised the hot loops).
 * benchSyntax is the default (greedy) mode, benchSyntaxAccurate the accurate mode (`--accurate`:
 * paired taggers and the beam parser).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { type ParserKind, Syntax } from '../src/syntax/pipeline.js';
import { benchTreebank, projectRootFrom } from './parser.js';

const STEADY_PASSES = 5;
const ACCURATE_PASSES = 3;

export async function benchSyntax(): Promise<string> {
  return benchSyntaxWith('greedy', STEADY_PASSES);
}

/** The accurate mode: fewer passes, each taking several seconds. */
export async function benchSyntaxAccurate(): Promise<string> {
  return `accurate mode: ${await benchSyntaxWith('beam', ACCURATE_PASSES)}`;
}

async function benchSyntaxWith(kind: ParserKind, passes: number): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const syntax = Syntax.load(undefined, kind);
  const loadMs = performance.now() - t0;
  const rss = process.memoryUsage().rss - rss0;
  const pass = (): number => {
    let words = 0;
    const t = performance.now();
    for (const s of syntax.parseText(doc)) words += s.words.length;
    return words / ((performance.now() - t) / 1000);
  };
  const first = pass();
  const rates = Array.from({ length: passes }, pass).sort((a, b) => a - b);
  const steady = rates[passes >> 1];
  return `tokenise+tag+parse (${file.split('/').pop()} text, ${doc.length} chars): steady ${steady.toFixed(0)} words/s ` +
    `(median of ${passes} passes, range ${rates[0].toFixed(0)}-${rates[passes - 1].toFixed(0)}), first pass ${first.toFixed(0)} words/s; ` +
    `load ${loadMs.toFixed(0)} ms; +RSS after load ${(rss / 1e6).toFixed(0)} MB; total RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`;
}
