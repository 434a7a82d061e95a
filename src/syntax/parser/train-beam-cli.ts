/**
 * Trains the beam parser's action model on top of a trained greedy parser (its vocabulary and label
 * model are reused) and saves a complete parser folder:
 *   node dist/src/syntax/parser/train-beam-cli.js --treebank <ud-english-ewt dir> --base models/syntax/parser
 *     --tagger models/syntax --jackknife-tags FILE --out models/syntax/parser-beam [--width 8] [--epochs 10]
 *     [--seed 1] [--prune 0.01] [--cold-start] [--share-base]
 * --jackknife-tags: jackknifed training tags as the tagger's train-cli writes them (--jackknife), so
 * the parser learns from tagging errors like those it meets at run time. Dev is scored after each
 * epoch with the tagger's predicted tags. The saved action weights under --prune times the largest
 * are then dropped (after the save/load round trip, so pruning a saved model again gives the same files).
 * --share-base saves only meta.json and actions.bin, the model reading its base's vocabulary and label
 * model from the --base folder (meta.json `shared`).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Tagger } from '../tagger/index.js';
import { attachmentScores } from './evaluate.js';
import { Parser } from './parser.js';
import { pruneParser } from './prune.js';
import { readPart, toExample } from './treebank-examples.js';
import { trainBeamParser } from './train-beam.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      treebank: { type: 'string' }, base: { type: 'string' }, tagger: { type: 'string' }, 'jackknife-tags': { type: 'string' },
      out: { type: 'string' }, width: { type: 'string', default: '8' }, epochs: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' }, prune: { type: 'string', default: '0.01' }, 'cold-start': { type: 'boolean' },
      'share-base': { type: 'boolean' },
    },
  });
  if (!values.treebank || !values.base || !values.tagger || !values['jackknife-tags'] || !values.out) {
    console.error('usage: train-beam-cli --treebank DIR --base PARSER_DIR --tagger DIR --jackknife-tags FILE --out DIR [--width N] [--epochs N]');
    process.exit(2);
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);
  const train = readPart(values.treebank, 'train');
  const pairs = JSON.parse(readFileSync(values['jackknife-tags'], 'utf8')) as [string[], string[]][];
  if (pairs.length !== train.length) throw new Error(`${values['jackknife-tags']}: ${pairs.length} sentences, train has ${train.length}`);
  const tagger = Tagger.load(values.tagger);
  const dev = readPart(values.treebank, 'dev').map((s) => {
    const t = tagger.tag(s.words.map((w) => w.form));
    return toExample(s, t.upos, t.xpos);
  });
  const base = Parser.load(values.base);
  const score = (p: Parser) => {
    const sc = attachmentScores(dev, dev.map((s) => p.parse(s.words, s.upos, s.xpos)), []);
    return `dev UAS ${sc.uas.toFixed(2)} LAS ${sc.las.toFixed(2)}`;
  };
  log(`base (greedy): ${score(base)}`);
  const parser = trainBeamParser(train.map((s, i) => toExample(s, pairs[i][0], pairs[i][1])), base, {
    width: Number(values.width), epochs: Number(values.epochs), seed: Number(values.seed), warmStart: !values['cold-start'], log,
    onEpoch: (e, freeze) => log(`epoch ${e}: ${score(freeze())}`),
  });
  parser.save(values.out);
  const saved = Parser.load(values.out);
  const pruned = pruneParser(saved, Number(values.prune), true);
  pruned.save(values.out, values['share-base'] ? relative(values.out, values.base) : undefined);
  log(`pruned action weights under ${values.prune} of the largest: ${saved.actions.entryCount} -> ${pruned.actions.entryCount}`);
  log(`saved ${values.out}: ${score(Parser.load(values.out))}`);
}

main();
