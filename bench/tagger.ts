/**
 * Tagger speed: model load time and tokens per second on one core, tagging the fixture sentences
 * (gold tokens) over and over for about two seconds with the shipped model, models/syntax/tagger.bin.
 * The rate is given per CPU second (the figure to compare, steady on a busy machine) and per
 * wall-clock second. benchTaggerAccurate: the accurate mode's pair, tagger.bin with tagger-rtl.bin.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/ingest/readers/fixtures.js';
import { parseConllu } from '../src/syntax/conllu.js';
import { BACKWARD_FILE, Tagger, TAGGER_FILE } from '../src/syntax/tagger/index.js';

export async function benchTagger(): Promise<string> {
  return benchTaggerWith(false);
}

export async function benchTaggerAccurate(): Promise<string> {
  return `accurate mode (${TAGGER_FILE} + ${BACKWARD_FILE}): ${await benchTaggerWith(true)}`;
}

async function benchTaggerWith(paired: boolean): Promise<string> {
  const root = projectRoot();
  const dir = join(root, 'models', 'syntax');
  const file = join(dir, TAGGER_FILE);
  if (!existsSync(file)) return `skipped: no model at ${file}`;
  const t0 = process.hrtime.bigint();
  const tagger = Tagger.load(dir, paired);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const fixture = join(root, 'src', 'syntax', 'tagger', 'fixtures', 'ewt-train-200.conllu');
  const sents = parseConllu(readFileSync(fixture, 'utf8'), fixture).map((s) => s.words.map((w) => w.form));
  for (const s of sents) tagger.tag(s); // warm-up, so the JIT has compiled the hot paths
  let tokens = 0;
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 2) {
    for (const s of sents) {
      tagger.tag(s);
      tokens += s.length;
    }
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  const mb = (statSync(file).size + (tagger.backward ? statSync(join(dir, BACKWARD_FILE)).size : 0)) / 1e6;
  const rate = (x: number): string => Math.round(x).toLocaleString('en-US');
  return `${rate(tokens / cpuSec)} tokens/CPU-s (${rate(tokens / elapsed)} tokens/s wall), load ${loadMs.toFixed(0)} ms, model ${mb.toFixed(2)} MB`;
}
