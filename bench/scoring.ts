/**
 * The weight tables' score() alone, the syntax stage's largest cost: the feature vectors each table
 * (tagger, parser actions, parser labels) is asked to score while tokenising, tagging and parsing the
 * bench text (EWT dev, or the parser fixture) once are recorded, then scored again and again. CPU
 * milliseconds per pass over the recorded vectors, median of ROUNDS, so a change to the tables'
 * layout or loop can be compared build against build (run both, interleaved) without the rest of
 * the pipeline's noise.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conlluComment, parseConllu } from '../src/syntax/conllu.js';
import { Parser } from '../src/syntax/parser/index.js';
import { Syntax } from '../src/syntax/pipeline.js';
import type { WeightTable } from '../src/syntax/weights.js';
import { benchTreebank, projectRootFrom } from './parser.js';

const ROUNDS = 7;

type Score = WeightTable['score'];

export async function benchScoring(): Promise<string> {
  const root = projectRootFrom(dirname(fileURLToPath(import.meta.url)));
  const { file, text } = benchTreebank(root);
  const doc = parseConllu(text, file).map((s) => conlluComment(s, 'text') ?? '').join('\n\n');
  const syntax = Syntax.load(undefined, 'greedy');
  if (!(syntax.parser instanceof Parser)) return 'skipped: the greedy mode has no single parser';
  const tables: [string, WeightTable][] = [['tagger', syntax.tagger.weights], ['actions', syntax.parser.actions], ['labels', syntax.parser.labelWeights]];
  const recorded = tables.map(([, t]) => {
    const calls: Uint32Array[] = [];
    const own = t.score.bind(t);
    (t as unknown as { score: Score }).score = (feats, n, out) => {
      calls.push(Uint32Array.from(Array.prototype.slice.call(feats, 0, n) as number[]));
      own(feats, n, out);
    };
    return calls;
  });
  syntax.parseText(doc);
  const parts = tables.map(([name, t], i) => {
    delete (t as unknown as { score?: Score }).score; // the prototype's again
    const calls = recorded[i];
    const out = new Float32Array(t.nClasses);
    const features = calls.reduce((n, f) => n + f.length, 0);
    const ms: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const cpu0 = process.cpuUsage();
      for (const f of calls) {
        out.fill(0);
        t.score(f, f.length, out);
      }
      const cpu = process.cpuUsage(cpu0);
      ms.push((cpu.user + cpu.system) / 1000);
    }
    ms.sort((a, b) => a - b);
    return `${name} ${ms[ROUNDS >> 1].toFixed(1)} ms (range ${ms[0].toFixed(1)}-${ms[ROUNDS - 1].toFixed(1)}; ${calls.length} calls, ${features} features)`;
  });
  return `score() alone on the vectors of one pass over ${file.split('/').pop()}, CPU ms per pass, median of ${ROUNDS}: ${parts.join('; ')}`;
}
