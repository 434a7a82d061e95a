/**
 * The whole syntax stage on one core: tokenise + tag + parse raw text (the sentences of EWT dev, or
 * of the parser's fixture where the shared data is absent), words/s; model load time; RSS.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { Syntax } from '../src/syntax/pipeline.js';
import { benchTreebank, projectRootFrom } from './parser.js';

export async function benchSyntax(): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const syntax = Syntax.load();
  const loadMs = performance.now() - t0;
  const rss = process.memoryUsage().rss - rss0;
  syntax.parseText(doc.slice(0, 20_000)); // warm up
  let words = 0;
  const t1 = performance.now();
  for (let r = 0; r < 3; r++) for (const s of syntax.parseText(doc)) words += s.words.length;
  const secs = (performance.now() - t1) / 1000;
  return `tokenise+tag+parse (${file.split('/').pop()} text, ${doc.length} chars): ${(words / secs).toFixed(0)} words/s; ` +
    `load ${loadMs.toFixed(0)} ms; +RSS after load ${(rss / 1e6).toFixed(0)} MB; total RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`;
}
