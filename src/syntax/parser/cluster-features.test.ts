import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WordClusters } from '../clusters/table.js';
import { extractFeatures, extractLabelFeatures, MAX_FEATURES, SentenceCodes } from './features.js';
import { fixtureExamples } from './fixtures.js';
import { Parser, PARSER_FORMAT, PARSER_FORMAT_CLUSTERS } from './parser.js';
import { ParseState, SHIFT } from './state.js';
import { trainParser } from './train.js';
import { Vocabulary } from './words.js';

const clusters = new WordClusters(['dog', 'cat', 'barked', 'slept', 'the'], ['0110011001', '0110011000', '1011', '1011', '00']);

function features(vocab: Vocabulary, words: string[]): { action: number[]; label: number[] } {
  const sc = new SentenceCodes(words, words.map(() => 'NOUN'), words.map(() => 'NN'), vocab);
  const st = new ParseState(words.length);
  st.apply(SHIFT, -1);
  st.apply(SHIFT, -1);
  const out = new Uint32Array(MAX_FEATURES);
  const n = extractFeatures(st, sc, out);
  const action = [...out.subarray(0, n)];
  const m = extractLabelFeatures(st, sc, 3, 2, out);
  return { action, label: [...out.subarray(0, m)] };
}

test('a vocabulary with clusters adds cluster features after the same base features', () => {
  const plain = features(new Vocabulary(['the']), ['the', 'dog', 'barked']);
  const withC = features(new Vocabulary(['the'], clusters), ['the', 'dog', 'barked']);
  assert.ok(withC.action.length > plain.action.length && withC.action.length <= MAX_FEATURES);
  assert.deepEqual(withC.action.slice(0, plain.action.length), plain.action);
  assert.ok(withC.label.length > plain.label.length && withC.label.length <= MAX_FEATURES);
  assert.deepEqual(withC.label.slice(0, plain.label.length), plain.label);
});

test('unseen words of one cluster share their cluster features; of different clusters they do not', () => {
  const vocab = new Vocabulary(['the'], clusters);
  const base = features(new Vocabulary(['the']), ['the', 'dog', 'barked']).action.length;
  const dog = features(vocab, ['the', 'dog', 'barked']).action.slice(base);
  const cat = features(vocab, ['the', 'cat', 'slept']).action.slice(base);
  const emu = features(vocab, ['the', 'emu', 'slept']).action.slice(base);
  const shared = (a: number[], b: number[]) => a.filter((x, i) => x === b[i]).length;
  // dog and cat differ only in the last bit: prefix features agree, whole-path ones do not.
  assert.ok(shared(dog, cat) > 0 && shared(dog, cat) < dog.length);
  assert.ok(shared(dog, cat) > shared(emu, cat), 'a word without a cluster shares less with cat than dog does');
});

test('a parser trained with clusters saves in the clusters format, names its table and reloads to the same parses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parser-clusters-'));
  try {
    const examples = fixtureExamples().slice(0, 60);
    const table = join(dir, 'clusters.txt.gz');
    const words = [...new Set(examples.flatMap((e) => e.words.map((w) => w.toLowerCase())))].sort();
    writeFileSync(table, new WordClusters(words, words.map((w) => (w.length % 2 ? '01' : '10') + (w < 'm' ? '0' : '1'))).toBuffer());
    const parser = trainParser(examples, { epochs: 2, rowBits: 16, labelRowBits: 14, clusters: WordClusters.fromFile(table) });
    const out = join(dir, 'parser');
    parser.save(out);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { format: string; clusters: string };
    assert.equal(meta.format, PARSER_FORMAT_CLUSTERS);
    assert.equal(meta.clusters, '../clusters.txt.gz');
    const loaded = Parser.load(out);
    assert.equal(loaded.vocab.clusters?.size, words.length);
    for (const ex of examples.slice(0, 10)) assert.deepEqual(loaded.parse(ex.words, ex.upos, ex.xpos), parser.parse(ex.words, ex.upos, ex.xpos));
    // A parser without clusters keeps the old format, and a clusters-format meta without a table is refused.
    const plain = trainParser(examples, { epochs: 1, rowBits: 16, labelRowBits: 14 });
    plain.save(join(dir, 'plain'));
    assert.equal((JSON.parse(readFileSync(join(dir, 'plain', 'meta.json'), 'utf8')) as { format: string }).format, PARSER_FORMAT);
    writeFileSync(join(dir, 'plain', 'meta.json'), JSON.stringify({ ...meta, clusters: undefined }));
    assert.throws(() => Parser.load(join(dir, 'plain')), /disagree/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
