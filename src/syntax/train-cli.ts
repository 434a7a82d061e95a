/**
 * `npm run train:syntax`: retrains the tagger, then the greedy parser (on jackknifed predicted tags, so
 * it sees tagging errors like those it meets at run time), then, for the accurate mode (unless
 * --no-beam), the beam parser's action model on the same tags, the right-to-left tagger paired with
 * tagger.bin, and the right-to-left parsers (greedy, then beam) of the parser ensemble, from a UD
 * English-EWT folder into OUT/syntax/tagger.bin, OUT/syntax/parser/, OUT/syntax/parser-beam/,
 * OUT/syntax/tagger-rtl.bin, OUT/syntax/parser-rtl/, OUT/syntax/parser-beam-rtl/ and
 * OUT/syntax/parser-ensemble.json (and the labels the treebank settles, fixed-labels.tsv, in parser/
 * and parser-rtl/), with fixed seeds; prints dev scores and the time taken.
 *
 *   node dist/src/syntax/train-cli.js --treebank DIR --out models [--epochs N] [--folds K]
 *     [--fold-epochs N] [--jackknife-tags FILE] [--min-weight W] [--prune FRACTION] [--no-beam]
 *     [--external-lexicon DIR] [--clusters FILE]
 *
 * --external-lexicon: the folder of an installed `brill` npm package (3.1.0), whose lexicon both
 * taggers keep and read as features (tagger/external.ts), as the shipped ones do; without it they
 * train without (models/syntax/README.md). The jackknife folds never use it (the shipped parser was
 * trained on tags jackknifed without it).
 *
 * --clusters: a word-cluster table (clusters/train-cli.ts) whose clusters the parsers read as
 * features (parser/cluster-features.ts); their meta.json names it. Without it (as for the shipped
 * models: the clusters did not pay on dev, models/syntax/README.md) the parsers train without clusters.
 *
 * --jackknife-tags reuses train tags already jackknifed ([[upos[], xpos[]], ...] per sentence, as the
 * tagger's own train-cli writes them) instead of retraining a tagger per fold.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from './conllu.js';
import { attachmentScores } from './parser/evaluate.js';
import { Parser, trainParser, type ParserExample } from './parser/index.js';
import { ENSEMBLE_FORMAT, isNeuralMember, ParserEnsemble, type EnsembleSpec, type SentenceParser } from './parser/ensemble.js';
import { pruneParser } from './parser/prune.js';
import { trainBeamParser } from './parser/train-beam.js';
import { ENSEMBLE_FILE } from './pipeline.js';
import { deriveFromTreebank } from './parser/fixed-labels.js';
import { readBrill } from './tagger/brill.js';
import { WordClusters } from './clusters/table.js';
import { BACKWARD_TRAINING, evalTagger, jackknifeTags, Tagger, trainTagger } from './tagger/index.js';

const SEED = 20240611;
/** Pruning fraction for the shipped parser (accuracy cost measured in models/syntax/README.md). */
const PRUNE = 0.02;
/** Beam parser: width, epochs and pruning fraction of its action table (models/syntax/parser-beam/README.md). */
const BEAM = { width: 8, epochs: 10, prune: 0.01 };
/**
 * The accurate mode's parser ensemble (models/syntax/README.md): its members' folders and vote
 * weights, chosen on dev; the right-to-left parsers are trained like the left-to-right ones. The
 * neural parser (parser-neural.bin) is trained apart, by `npm run train:neural` (neural/train-cli.ts);
 * it replaced the right-to-left greedy parser (parser-rtl/, the right-to-left beam parser's starting
 * point, whose vocabulary and labels that parser still reads) as the fourth member in session 14.
 * Without the neural file in OUT the ensemble is written without it.
 */
const ENSEMBLE: EnsembleSpec = {
  format: ENSEMBLE_FORMAT,
  decoder: 'eisner',
  members: [
    { parser: 'parser-beam', weight: 1 },
    { parser: 'parser-beam-rtl', weight: 0.8 },
    { parser: 'parser', weight: 0.6 },
    { parser: 'parser-neural.bin', weight: 2 },
  ],
};

function read(dir: string, part: string): ConlluSentence[] {
  const file = join(dir, `en_ewt-ud-${part}.conllu`);
  return parseConllu(readFileSync(file, 'utf8'), file).filter((s) => s.words.length > 0);
}

function examples(sents: ConlluSentence[], tags: { upos: string[][]; xpos: string[][] } | null): ParserExample[] {
  return sents.map((s, i) => ({
    words: s.words.map((w) => w.form),
    upos: tags ? tags.upos[i] : s.words.map((w) => w.upos),
    xpos: tags ? tags.xpos[i] : s.words.map((w) => w.xpos),
    head: s.words.map((w) => w.head),
    deprel: s.words.map((w) => w.deprel),
  }));
}

function devScores(parser: SentenceParser, dev: ParserExample[]): string {
  const sc = attachmentScores(dev, dev.map((s) => parser.parse(s.words, s.upos, s.xpos)), []);
  return `UAS ${sc.uas.toFixed(2)} LAS ${sc.las.toFixed(2)} LAS-full ${sc.lasFull.toFixed(2)}`;
}

function tagAll(tagger: Tagger, sents: ConlluSentence[]): { upos: string[][]; xpos: string[][] } {
  const out = { upos: [] as string[][], xpos: [] as string[][] };
  for (const s of sents) {
    const t = tagger.tag(s.words.map((w) => w.form));
    out.upos.push(t.upos);
    out.xpos.push(t.xpos);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      treebank: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' },
      folds: { type: 'string' }, 'fold-epochs': { type: 'string' }, 'jackknife-tags': { type: 'string' },
      'min-weight': { type: 'string' }, prune: { type: 'string' }, 'no-beam': { type: 'boolean' },
      'external-lexicon': { type: 'string' }, clusters: { type: 'string' },
    },
  });
  if (!values.treebank || !values.out) throw new Error('usage: train-cli --treebank DIR --out DIR [--epochs N] [--folds K]');
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);
  const train = read(values.treebank, 'train');
  const dev = read(values.treebank, 'dev');
  const outDir = join(values.out, 'syntax');
  const external = values['external-lexicon'] ? await readBrill(values['external-lexicon']) : undefined;
  if (!external) log('no --external-lexicon: the taggers train without the Brill lexicon the shipped ones keep');
  const clusters = values.clusters ? WordClusters.fromFile(values.clusters) : undefined;
  if (clusters) log(`word clusters from ${values.clusters}: ${clusters.size} words`);

  log(`training tagger on ${train.length} sentences`);
  const tagger = trainTagger(train, { seed: SEED, dev, log, external });
  tagger.save(outDir);
  const devTags = tagAll(Tagger.load(outDir), dev);

  let trainTags: { upos: string[][]; xpos: string[][] };
  if (values['jackknife-tags']) {
    const pairs = JSON.parse(readFileSync(values['jackknife-tags'], 'utf8')) as [string[], string[]][];
    if (pairs.length !== train.length) throw new Error(`${values['jackknife-tags']}: ${pairs.length} sentences, train has ${train.length}`);
    trainTags = { upos: pairs.map((p) => p[0]), xpos: pairs.map((p) => p[1]) };
    log(`train tags from ${values['jackknife-tags']}`);
  } else {
    // Fewer epochs per fold than for the shipped tagger: the folds only need realistic errors.
    const folds = Number(values.folds ?? 5);
    const foldEpochs = Number(values['fold-epochs'] ?? 4);
    log(`jackknifing train tags over ${folds} folds, ${foldEpochs} epochs each`);
    trainTags = jackknifeTags(train, folds, { seed: SEED, epochs: foldEpochs, log });
  }
  const devEx = examples(dev, devTags);
  log(`training parser`);
  const parser = trainParser(examples(train, trainTags), {
    epochs: Number(values.epochs ?? 12), seed: SEED, log, clusters,
    minWeight: values['min-weight'] ? Number(values['min-weight']) : undefined,
    onEpoch: (epoch, freeze) => log(`parser epoch ${epoch} dev (predicted tags): ${devScores(freeze(), devEx)}`),
  });
  parser.save(join(outDir, 'parser'));
  // Prune after the save/load round trip, so re-pruning a saved model gives the same files.
  const prune = Number(values.prune ?? PRUNE);
  const pruned = pruneParser(Parser.load(join(outDir, 'parser')), prune);
  pruned.save(join(outDir, 'parser'));
  log(`pruned weights under ${prune} of the largest: ${parser.entryCount} -> ${pruned.entryCount} entries`);
  deriveFromTreebank(train, pruned.labels, false).write(join(outDir, 'parser'));
  const final = Parser.load(join(outDir, 'parser'));
  log(`saved; dev with predicted tags, as loaded: ${devScores(final, devEx)}`);
  if (!values['no-beam']) {
    log(`training the beam parser (width ${BEAM.width}) on the same tags, with this parser's labels`);
    const beam = trainBeamParser(examples(train, trainTags), final, {
      width: BEAM.width, epochs: BEAM.epochs, seed: SEED, log,
      onEpoch: (epoch, freeze) => log(`beam epoch ${epoch} dev (predicted tags): ${devScores(freeze(), devEx)}`),
    });
    const beamDir = join(outDir, 'parser-beam');
    beam.save(beamDir, '../parser');
    pruneParser(Parser.load(beamDir), BEAM.prune, true).save(beamDir, '../parser');
    log(`beam parser saved; dev with predicted tags, as loaded: ${devScores(Parser.load(beamDir), devEx)}`);
    log(`training the accurate mode's right-to-left tagger (seed ${BACKWARD_TRAINING.seed}, word dropout)`);
    trainTagger(train, { ...BACKWARD_TRAINING, reverse: true, dev, log, external }).save(outDir);
    const paired = Tagger.load(outDir, true);
    const pairedEx = examples(dev, tagAll(paired, dev));
    log(`saved; dev UPOS paired ${(100 * evalTagger(paired, dev).upos).toFixed(2)}; beam parser on the paired tags: ${devScores(Parser.load(beamDir), pairedEx)}`);
    log(`training the right-to-left parser (greedy, then beam ${BEAM.width}) for the accurate mode's ensemble`);
    const rtlDir = join(outDir, 'parser-rtl');
    trainParser(examples(train, trainTags), { epochs: Number(values.epochs ?? 12), seed: SEED, reverse: true, log, clusters }).save(rtlDir);
    const rtlPruned = pruneParser(Parser.load(rtlDir), prune);
    rtlPruned.save(rtlDir);
    deriveFromTreebank(train, rtlPruned.labels, true).write(rtlDir);
    const rtl = Parser.load(rtlDir);
    log(`right-to-left greedy parser saved; dev (paired tags): ${devScores(rtl, pairedEx)}`);
    const beamRtlDir = join(outDir, 'parser-beam-rtl');
    trainBeamParser(examples(train, trainTags), rtl, { width: BEAM.width, epochs: BEAM.epochs, seed: SEED, log }).save(beamRtlDir, '../parser-rtl');
    pruneParser(Parser.load(beamRtlDir), BEAM.prune, true).save(beamRtlDir, '../parser-rtl');
    log(`right-to-left beam parser saved; dev (paired tags): ${devScores(Parser.load(beamRtlDir), pairedEx)}`);
    // The greedy right-to-left parser's own action table votes no more (ENSEMBLE): only its vocabulary and labels ship.
    rmSync(join(rtlDir, 'actions.bin'));
    const members = ENSEMBLE.members.filter((m) => !isNeuralMember(m.parser) || existsSync(join(outDir, m.parser)));
    if (members.length < ENSEMBLE.members.length) log('no neural parser in the output folder: the ensemble is written without it (npm run train:neural)');
    writeFileSync(join(outDir, ENSEMBLE_FILE), JSON.stringify({ ...ENSEMBLE, members }, null, 1) + '\n');
    log(`ensemble (${ENSEMBLE_FILE}) dev (paired tags): ${devScores(ParserEnsemble.load(join(outDir, ENSEMBLE_FILE)), pairedEx)}`);
  }
  log(`done in ${((Date.now() - t0) / 60000).toFixed(1)} min`);
}

await main();
