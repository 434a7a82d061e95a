/**
 * The whole syntax stage on one core: tokenise + tag + parse raw text (the sentences of EWT dev, or
 * of the parser's fixture where the shared data is absent), words/s; model load time; RSS.
 *
 * Two rates: `first pass` is the first full pass over the text straight after loading (the JIT
 * still compiling: what a one-document `dyad code` sees), `steady` the median of five later passes
 * (what a long `dyad ingest` or `worker` sees once V8 has optimised the hot loops).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { Syntax } from '../src/syntax/pipeline.js';
import { benchTreebank, projectRootFrom } from './parser.js';

const STEADY_PASSES = 5;

export async function benchSyntax(): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const syntax = Syntax.load();
  const loadMs = performance.now() - t0;
  const rss = process.memoryUsage().rss - rss0;
  const pass = (): number => {
    let words = 0;
    const t = performance.now();
    for (const s of syntax.parseText(doc)) words += s.words.length;
    return words / ((performance.now() - t) / 1000);
  };
  const first = pass();
  const rates = Array.from({ length: STEADY_PASSES }, pass).sort((a, b) => a - b);
  const steady = rates[STEADY_PASSES >> 1];
  return `tokenise+tag+parse (${file.split('/').pop()} text, ${doc.length} chars): steady ${steady.toFixed(0)} words/s ` +
    `(median of ${STEADY_PASSES} passes, range ${rates[0].toFixed(0)}-${rates[STEADY_PASSES - 1].toFixed(0)}), first pass ${first.toFixed(0)} words/s; ` +
    `load ${loadMs.toFixed(0)} ms; +RSS after load ${(rss / 1e6).toFixed(0)} MB; total RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`;
}
