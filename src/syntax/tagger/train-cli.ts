/**
 * Trains the tagger from UD English-EWT and saves it:
 *   node dist/src/syntax/tagger/train-cli.js --treebank <ud-english-ewt dir> --out models/syntax
 *     [--epochs N] [--seed N] [--row-bits N] [--min-weight X] [--one-pass] [--bidirectional | --right-to-left] [--test]
 *     [--drop-count N] [--drop-rate P]   (word dropout, dropout.ts: off unless one is given;
 *                                          the other defaults to 1 or 0.25)
 *     [--jackknife <file.json> [--folds N] [--jackknife-epochs N]]
 *     [--external-lexicon <brill package dir> [--external-gate both|rare|all]]
 * Trains a left-to-right model (tagger.bin) and, with --bidirectional, a right-to-left one with the
 * same options (tagger-rtl.bin), which the accurate mode combines with it (combine.ts). With
 * --right-to-left, only the right-to-left model (tagger-rtl.bin; the tagger.bin in --out is kept and
 * scored with it). Other files in --out are left as they are. The shipped tagger-rtl.bin:
 *   --right-to-left --drop-count 2 --drop-rate 0.25   (seed 1; tagger.BACKWARD_TRAINING)
 * --external-lexicon reads the Brill lexicon from an installed `brill` npm package (3.1.0: word -> Penn
 * Treebank tags) into the model (external.ts; the model file keeps it, nothing reads the package at
 * run time); the shipped tagger.bin:
 *   --external-lexicon <dir of brill@3.1.0>   (gate both, seed 1; models/syntax/README.md)
 * Prints dev accuracy per epoch, the time taken and the model size; --test also scores the test set
 * (for the reported figure only: tune on dev). --jackknife writes [[upos[], xpos[]], ...] per
 * training sentence, tagged by models trained on the other folds.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { evalTagger } from './evaluate.js';
import { jackknifeTags } from './jackknife.js';
import { BACKWARD_FILE, Tagger, TAGGER_FILE } from './tagger.js';
import { readBrill } from './brill.js';
import { trainTagger, type TrainTaggerOptions } from './train.js';

function readSplit(dir: string, split: string): ConlluSentence[] {
  const file = join(dir, `en_ewt-ud-${split}.conllu`);
  return parseConllu(readFileSync(file, 'utf8'), file);
}

const pct = (x: number): string => (100 * x).toFixed(2);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      treebank: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'row-bits': { type: 'string' },
      'min-weight': { type: 'string' },
      'one-pass': { type: 'boolean', default: false },
      bidirectional: { type: 'boolean', default: false },
      'right-to-left': { type: 'boolean', default: false },
      'drop-count': { type: 'string' },
      'drop-rate': { type: 'string' },
      test: { type: 'boolean', default: false },
      jackknife: { type: 'string' },
      folds: { type: 'string', default: '10' },
      'jackknife-epochs': { type: 'string' },
      'external-lexicon': { type: 'string' },
      'external-gate': { type: 'string', default: 'both' },
    },
  });
  if (!values.treebank || (!values.out && !values.jackknife)) {
    console.error('usage: train-cli --treebank <dir> --out <dir> [--epochs N] [--seed N] [--test] [--jackknife <file>]');
    process.exit(2);
  }
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  const train = readSplit(values.treebank, 'train');
  const dev = readSplit(values.treebank, 'dev');
  const opts: TrainTaggerOptions = {
    epochs: num(values.epochs), seed: num(values.seed), rowBits: num(values['row-bits']),
    minWeight: num(values['min-weight']), twoPass: !values['one-pass'], log: (s) => console.log(s),
  };
  if (values['external-lexicon'] !== undefined) {
    const gate = values['external-gate'];
    if (gate !== 'rare' && gate !== 'all' && gate !== 'both') throw new Error(`--external-gate must be rare, all or both, not ${gate}`);
    opts.external = await readBrill(values['external-lexicon'], gate);
    console.log(`external lexicon: ${opts.external.source}, ${Object.keys(opts.external.table).length} words, gate ${gate}`);
  }
  if (values['drop-count'] !== undefined || values['drop-rate'] !== undefined) {
    opts.dropout = { maxCount: num(values['drop-count']) ?? 1, rate: num(values['drop-rate']) ?? 0.25 };
  }
  if (values.out) {
    const t0 = Date.now();
    if (values['right-to-left']) {
      console.log('right-to-left model only:');
      trainTagger(train, { ...opts, dev, reverse: true }).save(values.out);
    } else {
      const tagger = trainTagger(train, { ...opts, dev });
      if (values.bidirectional) {
        console.log('right-to-left model:');
        tagger.pair(trainTagger(train, { ...opts, dev, reverse: true }));
      }
      tagger.save(values.out);
    }
    console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const file = join(values.out, TAGGER_FILE);
    const t1 = Date.now();
    const loaded = Tagger.load(values.out, values.bidirectional || values['right-to-left']);
    console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(2)} MB, ${loaded.weights.entryCount} weights, loads in ${Date.now() - t1} ms`);
    if (loaded.backward) {
      const back = join(values.out, BACKWARD_FILE);
      console.log(`${back}: ${(statSync(back).size / 1e6).toFixed(2)} MB, ${loaded.backward.weights.entryCount} weights`);
      const f = evalTagger(Tagger.loadFile(file), dev);
      const b = evalTagger(loaded.backward, dev);
      console.log(`dev, each alone: left-to-right UPOS ${pct(f.upos)}, right-to-left UPOS ${pct(b.upos)}`);
    }
    const d = evalTagger(loaded, dev);
    console.log(`dev (saved model): UPOS ${pct(d.upos)} XPOS ${pct(d.xpos)} on ${d.tokens} tokens`);
    if (values.test) {
      const t = evalTagger(loaded, readSplit(values.treebank, 'test'));
      console.log(`test (saved model): UPOS ${pct(t.upos)} XPOS ${pct(t.xpos)} on ${t.tokens} tokens`);
    }
  }
  if (values.jackknife) {
    const t0 = Date.now();
    const folds = Number(values.folds);
    const jk = jackknifeTags(train, folds, { ...opts, epochs: num(values['jackknife-epochs']) ?? opts.epochs });
    let right = 0;
    let total = 0;
    train.forEach((s, i) => s.words.forEach((w, j) => { total++; if (jk.upos[i][j] === w.upos) right++; }));
    mkdirSync(dirname(values.jackknife), { recursive: true });
    writeFileSync(values.jackknife, JSON.stringify(jk.upos.map((u, i) => [u, jk.xpos[i]])));
    console.log(`jackknife (${folds} folds): train UPOS ${pct(right / total)}, ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${values.jackknife}`);
  }
}

await main();
