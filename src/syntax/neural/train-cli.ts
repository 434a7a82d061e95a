/**
 * Trains the neural parser (models/syntax/README.md, "Neural parser"):
 *   node dist/src/syntax/neural/train-cli.js --treebank DIR --tags JACKKNIFE.json --out FILE
 *     [--tagger-dir models/syntax] [--paired] [--epochs N] [--batch N] [--lr X] [--hidden N] [--layers N]
 *     [--seed N] [--max-minutes M] [--drop-input P] [--drop-hidden P] [--init FILE]
 * Train tags come from JACKKNIFE.json ([[upos[], xpos[]], ...] per train sentence, as
 * `tagger/train-cli.js --jackknife` writes them); dev is tagged by the shipped tagger (with
 * --paired, the accurate mode's pair), so dev scores are what `eval syntax` would see. Writes the
 * best epoch (dev LAS) to FILE. --init starts from a saved model (its vocabulary and dimensions must
 * be the ones this training builds): a second run at a lower --lr anneals the first.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readPart } from '../parser/treebank-examples.js';
import { Tagger } from '../tagger/index.js';
import { Arena } from './arena.js';
import { kernels } from './kernels.js';
import { readNetworkFile, saveNetwork } from './model-file.js';
import { DEFAULT_DIMS } from './network.js';
import { trainNetwork, type TrainSentence } from './train.js';

const { values } = parseArgs({
  options: {
    treebank: { type: 'string' }, tags: { type: 'string' }, out: { type: 'string' }, 'tagger-dir': { type: 'string' },
    paired: { type: 'boolean' }, epochs: { type: 'string' }, batch: { type: 'string' }, lr: { type: 'string' },
    hidden: { type: 'string' }, layers: { type: 'string' }, seed: { type: 'string' }, 'max-minutes': { type: 'string' },
    'drop-input': { type: 'string' }, 'drop-hidden': { type: 'string' }, init: { type: 'string' },
  },
});
if (!values.treebank || !values.tags || !values.out) throw new Error('usage: train-cli --treebank DIR --tags JACKKNIFE.json --out FILE');
const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));

const trainTrees = readPart(values.treebank, 'train');
const tags = JSON.parse(readFileSync(values.tags, 'utf8')) as [string[], string[]][];
if (tags.length !== trainTrees.length) throw new Error(`${values.tags}: ${tags.length} sentences, train has ${trainTrees.length}`);
const train: TrainSentence[] = trainTrees.map((s, i) => ({
  words: s.words.map((w) => w.form), upos: tags[i][0], xpos: tags[i][1], head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel),
}));
const tagger = Tagger.load(values['tagger-dir'] ?? 'models/syntax', values.paired === true);
const dev: TrainSentence[] = readPart(values.treebank, 'dev').map((s) => {
  const words = s.words.map((w) => w.form);
  const t = tagger.tag(words);
  return { words, upos: t.upos, xpos: t.xpos, head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) };
});
const arena = new Arena(1 << 24);
const k = kernels(arena);
console.log(`kernels: ${k.simd ? 'WebAssembly SIMD' : 'JavaScript'}; ${train.length} train, ${dev.length} dev sentences`);
const out = values.out;
const init = values.init ? readNetworkFile(values.init) : null;
trainNetwork(arena, k, train, dev, {
  dims: init ? init.header.dims : { ...DEFAULT_DIMS, hidden: num(values.hidden, DEFAULT_DIMS.hidden), layers: num(values.layers, DEFAULT_DIMS.layers) },
  epochs: num(values.epochs, 30), batch: num(values.batch, 32), lr: num(values.lr, 2e-3),
  dropInput: num(values['drop-input'], 0.2), dropHidden: num(values['drop-hidden'], 0.25),
  seed: num(values.seed, 1), maxMinutes: num(values['max-minutes'], 600),
  log: (line) => console.log(line),
  init: init ? (net) => init.fill(net) : undefined,
  onBest: (net, vocab, dev) => {
    saveNetwork(out, net, vocab);
    console.log(`  best so far (dev UAS ${dev.uas.toFixed(2)}, LAS ${dev.las.toFixed(2)}) -> ${out}`);
  },
});
