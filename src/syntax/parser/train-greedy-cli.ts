/**
 * Trains a greedy parser alone (no tagger) on jackknifed training tags and saves a parser folder:
 *   node dist/src/syntax/parser/train-greedy-cli.js --treebank <ud-english-ewt dir> --tagger models/syntax
 *     --jackknife-tags FILE --out DIR [--epochs 12] [--seed 20240611] [--prune 0.02] [--reverse]
 *     [--clusters FILE]
 * --reverse trains a right-to-left model (reverse.ts), the accurate mode's ensemble member. The
 * defaults are those of `npm run train:syntax` (src/syntax/train-cli.ts). Dev is scored after each
 * epoch with the tagger's predicted tags (--tagger DIR: tagger.bin, paired with tagger-rtl.bin when
 * --paired). Weights under --prune times the largest are dropped after the save/load round trip.
 * --clusters adds word-cluster features (cluster-features.ts) from a table made by
 * clusters/train-cli.ts; the model's meta.json names the file (relative to --out).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Tagger } from '../tagger/index.js';
import { attachmentScores } from './evaluate.js';
import { Parser } from './parser.js';
import { pruneParser } from './prune.js';
import { readPart, toExample } from './treebank-examples.js';
import { trainParser } from './train.js';
import { WordClusters } from '../clusters/table.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      treebank: { type: 'string' }, tagger: { type: 'string' }, 'jackknife-tags': { type: 'string' }, out: { type: 'string' },
      epochs: { type: 'string', default: '12' }, seed: { type: 'string', default: '20240611' }, prune: { type: 'string', default: '0.02' },
      reverse: { type: 'boolean' }, paired: { type: 'boolean' }, clusters: { type: 'string' },
    },
  });
  if (!values.treebank || !values.tagger || !values['jackknife-tags'] || !values.out) {
    console.error('usage: train-greedy-cli --treebank DIR --tagger DIR --jackknife-tags FILE --out DIR [--epochs N] [--seed N] [--prune F] [--reverse]');
    process.exit(2);
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);
  const train = readPart(values.treebank, 'train');
  const pairs = JSON.parse(readFileSync(values['jackknife-tags'], 'utf8')) as [string[], string[]][];
  if (pairs.length !== train.length) throw new Error(`${values['jackknife-tags']}: ${pairs.length} sentences, train has ${train.length}`);
  const tagger = Tagger.load(values.tagger, values.paired ?? false);
  const dev = readPart(values.treebank, 'dev').map((s) => {
    const t = tagger.tag(s.words.map((w) => w.form));
    return toExample(s, t.upos, t.xpos);
  });
  const score = (p: Parser) => {
    const sc = attachmentScores(dev, dev.map((s) => p.parse(s.words, s.upos, s.xpos)), []);
    return `dev UAS ${sc.uas.toFixed(2)} LAS ${sc.las.toFixed(2)}`;
  };
  const parser = trainParser(train.map((s, i) => toExample(s, pairs[i][0], pairs[i][1])), {
    epochs: Number(values.epochs), seed: Number(values.seed), reverse: values.reverse ?? false, log,
    clusters: values.clusters ? WordClusters.fromFile(values.clusters) : undefined,
    onEpoch: (e, freeze) => log(`epoch ${e}: ${score(freeze())}`),
  });
  parser.save(values.out);
  const saved = Parser.load(values.out);
  const pruned = pruneParser(saved, Number(values.prune));
  pruned.save(values.out);
  log(`pruned weights under ${values.prune} of the largest: ${saved.entryCount} -> ${pruned.entryCount}`);
  log(`saved ${values.out}: ${score(Parser.load(values.out))}; ${((Date.now() - t0) / 60000).toFixed(1)} min`);
}

main();
