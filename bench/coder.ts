/**
 * The whole coding pipeline (language check, segmentation, tagging, parsing, actors, events,
 * document facts) on news-like text with the shipped dictionaries and model: start-up time
 * (Coder.load), resident memory after loading, and sentences per second on one core (first round and
 * steady state).
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

/**
 * Rounds after the first: the first round (JIT still compiling, what one short `dyad code` run sees)
 * is reported on its own, the median of the later ones as the steady rate of a long ingest or worker.
 */
const ROUND_SECONDS = 2;
const STEADY_ROUNDS = 3;

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
  // One round: sentences per second over ROUND_SECONDS of coding the document again and again.
  const round = (): number => {
    let sentences = 0;
    const t1 = performance.now();
    while (performance.now() - t1 < ROUND_SECONDS * 1000) sentences += once();
    return sentences / ((performance.now() - t1) / 1000);
  };
  const first = round();
  const rates = Array.from({ length: STEADY_ROUNDS }, round).sort((a, b) => a - b);
  const steady = rates[STEADY_ROUNDS >> 1];
  const rssAfter = process.memoryUsage().rss / 2 ** 20;
  const what = parsed ? 'whole pipeline on examples/commentary.txt' : 'NO SYNTAX MODEL: actors + events on a hand-built tree only';
  return `${parser} parser: start-up ${(startup / 1000).toFixed(2)} s; RSS ${rss.toFixed(0)} MB after load, ${rssAfter.toFixed(0)} MB after run; ` +
    `steady ${steady.toFixed(0)} sentences/s (median of ${STEADY_ROUNDS} rounds of ${ROUND_SECONDS} s, range ${rates[0].toFixed(0)}-${rates[STEADY_ROUNDS - 1].toFixed(0)}), ` +
    `first round ${first.toFixed(0)} sentences/s (${what})`;
}
