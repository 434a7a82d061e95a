/**
 * The whole coding pipeline (language check, segmentation, tagging, parsing, actors, events,
 * document facts) on news-like text with the shipped dictionaries and model: start-up time
 * (Coder.load), resident memory after loading, and sentences per second on one core.
 * Without a shipped syntax model it measures actors + events on the coder's hand-built fixture
 * trees instead, and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCameo } from '../src/cameo/index.js';
import { Coder } from '../src/coding/coder.js';
import { tree } from '../src/coding/fixtures/trees.js';
import { loadDictionaries } from '../src/dict/index.js';
import { packageRoot } from '../src/dict/paths.js';
import { emptyMeta } from '../src/ingest/readers/types.js';
import type { ParserKind } from '../src/syntax/pipeline.js';
import type { DyadError } from '../src/util/errors.js';

const ROUNDS_SECONDS = 3;

export async function benchCoder(): Promise<string> {
  return benchCoderWith('greedy');
}

/** The same with the accurate (beam) parser, `--accurate`. */
export async function benchCoderAccurate(): Promise<string> {
  return benchCoderWith('beam');
}

async function benchCoderWith(parser: ParserKind): Promise<string> {
  const text = readFileSync(join(packageRoot(), 'examples', 'commentary.txt'), 'utf8');
  const t0 = performance.now();
  let coder: Coder;
  let parsed = true;
  try {
    coder = Coder.load({ parser });
  } catch (e) {
    if ((e as DyadError).code !== 'E_MODEL') throw e;
    coder = new Coder(loadDictionaries(), loadCameo(), null);
    parsed = false;
  }
  const startup = performance.now() - t0;
  const rss = process.memoryUsage().rss / 2 ** 20;
  const doc = { text, meta: { ...emptyMeta('text', null), published: '2026-03-05' } };
  const fixture = tree(`
    Arnor PROPN 2 nsubj
    gave VERB 0 root
    military ADJ 4 amod
    aid NOUN 2 obj
    to ADP 6 case
    Gondor PROPN 2 obl`);
  const fixtureDoc = { text: fixture.text, meta: doc.meta };
  const once = parsed
    ? () => coder.code(doc).sentences.length
    : () => coder.codeParsed(fixtureDoc, [fixture.sentence]).sentences.length;
  for (let i = 0; i < 5; i++) once();
  let sentences = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < ROUNDS_SECONDS * 1000) sentences += once();
  const rate = Math.round(sentences / ((performance.now() - t1) / 1000));
  const rssAfter = process.memoryUsage().rss / 2 ** 20;
  const what = parsed ? 'whole pipeline on examples/commentary.txt' : 'NO SYNTAX MODEL: actors + events on a hand-built tree only';
  return `${parser} parser: start-up ${(startup / 1000).toFixed(2)} s; RSS ${rss.toFixed(0)} MB after load, ${rssAfter.toFixed(0)} MB after run; ${rate} sentences/s (${what})`;
}
