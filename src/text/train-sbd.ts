/**
 * Trains the sentence-boundary classifier from UD English-EWT and saves it:
 *   node dist/src/text/train-sbd.js --treebank <ud-english-ewt dir> --out models/text
 *     [--epochs N] [--seed N] [--bags N] [--row-bits N] [--min-weight X] [--min-precision P] [--test]
 * Trains on train, chooses the thresholds on dev, prints dev boundary scores for the rules and
 * the saved model; --test also scores test (for the reported figure only: tune on dev).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu } from '../syntax/conllu.js';
import { goldDocuments, type GoldDocument } from './gold.js';
import { SBD_FILE, SbdModel } from './sbd-model.js';
import { SbdLexicon } from './sbd-lexicon.js';
import { boundaryScore, chooseThresholds, goldSentences, jackknifeExamples, trainSbd } from './sbd-train.js';
import { prf, type PRCounts } from './score.js';
import { createSegmenter, segment } from './segment.js';

function readSplit(dir: string, split: string): GoldDocument[] {
  const file = join(dir, `en_ewt-ud-${split}.conllu`);
  return goldDocuments(parseConllu(readFileSync(file, 'utf8'), file), file);
}

function line(name: string, c: PRCounts): string {
  const { p, r, f } = prf(c);
  return `${name}: P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f.toFixed(4)} (tp ${c.tp}, predicted ${c.predicted}, gold ${c.gold})`;
}

function report(split: string, docs: GoldDocument[], model: SbdModel): void {
  const ends = (segs: { end: number }[]) => segs.map((s) => s.end);
  const seg = createSegmenter({ model });
  console.log(line(`${split} rules`, boundaryScore(docs, (t) => ends(segment(t)))));
  console.log(line(`${split} model`, boundaryScore(docs, (t) => ends(seg.segment(t)))));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      treebank: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string', default: '3' },
      folds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      bags: { type: 'string', default: '5' },
      'row-bits': { type: 'string', default: '19' },
      'min-weight': { type: 'string', default: '0.001' },
      'min-precision': { type: 'string', default: '0.98' },
      'min-count': { type: 'string', default: '1' },
      test: { type: 'boolean', default: false },
    },
  });
  if (!values.treebank || !values.out) {
    console.error('usage: train-sbd --treebank <dir> --out <dir> [--epochs N] [--seed N] [--bags N] [--min-precision P] [--test]');
    process.exit(2);
  }
  const t0 = Date.now();
  const train = readSplit(values.treebank, 'train');
  const dev = readSplit(values.treebank, 'dev');
  const lexicon = SbdLexicon.fromSentences(goldSentences(train));
  const ex = jackknifeExamples(train, Number(values.folds));
  const positives = ex.label.reduce((a, b) => a + b, 0);
  console.log(`train: ${train.length} documents, ${lexicon.size} words in the opener/closer lexicon, ${ex.length} candidate gaps, ${positives} of them gold boundaries`);
  const raw = trainSbd(ex, lexicon, {
    epochs: Number(values.epochs), seed: Number(values.seed), bags: Number(values.bags), rowBits: Number(values['row-bits']),
    minWeight: Number(values['min-weight']), minCount: Number(values['min-count']), log: (s) => console.log(s),
  });
  const choice = chooseThresholds(raw, dev, Number(values['min-precision']));
  const { add, keep } = choice.thresholds;
  console.log(`thresholds chosen on dev: add ${add.toFixed(3)} keep ${keep.toFixed(3)}; ${line('dev', choice.counts)}`);
  const model = new SbdModel(raw.weights, lexicon, choice.thresholds, 'UD English-EWT v2.16 train (CC BY-SA 4.0)');
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, SBD_FILE);
  writeFileSync(file, model.toBuffer());
  console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${file}: ${(statSync(file).size / 1e6).toFixed(2)} MB, ${model.weights.entryCount} weights`);
  const saved = SbdModel.load(file);
  report('dev', dev, saved);
  if (values.test) report('test', readSplit(values.treebank, 'test'), saved);
}

main();
