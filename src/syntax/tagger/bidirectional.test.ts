import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../ingest/readers/fixtures.js';
import { parseConllu } from '../conllu.js';
import { combineScores } from './combine.js';
import { evalTagger, Tagger, trainTagger } from './index.js';
import { BACKWARD_FILE, TAGGER_FILE } from './tagger.js';

const fixture = join(projectRoot(), 'src', 'syntax', 'tagger', 'fixtures', 'ewt-train-200.conllu');
const sents = parseConllu(readFileSync(fixture, 'utf8'), fixture);
const train = sents.slice(0, 160);
const heldOut = sents.slice(160);
const small = { epochs: 8, seed: 7, rowBits: 16 };
const forward = trainTagger(train, small);
const backward = trainTagger(train, { ...small, reverse: true });

test('a right-to-left model learns the slice and tags in sentence order', () => {
  assert.equal(backward.reverse, true);
  assert.ok(evalTagger(backward, train).upos > 0.97);
  assert.ok(evalTagger(backward, heldOut).upos > 0.75);
  // Its scores, read back in sentence order, give its own tags.
  const words = heldOut[0].words.map((w) => w.form);
  const s = backward.scoreWords(words);
  assert.deepEqual([...s.classes], [...backward.classes(words)]);
  assert.ok(s.scored.some((x) => x === 1));
});

test('training a right-to-left model leaves the training sentences as they were', () => {
  const first = train.map((s) => s.words[0].form);
  trainTagger(train.slice(0, 20), { ...small, epochs: 1, reverse: true });
  assert.deepEqual(train.map((s) => s.words[0].form), first);
});

test('a paired tagger takes the best weighted sum of both models, keeping fixed words', () => {
  const fwd = { scores: Float32Array.from([3, 0, 0, 1, 0, 0]), classes: Int32Array.from([0, 1]), scored: Uint8Array.from([1, 0]) };
  const bwd = { scores: Float32Array.from([0, 5, 0, 9, 0, 0]), classes: Int32Array.from([1, 1]), scored: Uint8Array.from([1, 0]) };
  // Word 0: 0.4 * 3 against 0.6 * 5; word 1 is fixed (class 1) whatever its scores say.
  assert.deepEqual([...combineScores(fwd, bwd, 3, 0.6)], [1, 1]);
  assert.deepEqual([...combineScores(fwd, bwd, 3, 0.1)], [0, 1]);
});

test('the pair saves as two files and loads back as a pair only when asked; a one-way save keeps tagger-rtl.bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tagger-bi-'));
  try {
    const pair = trainTagger(train, small);
    pair.pair(backward);
    pair.save(dir);
    assert.ok(existsSync(join(dir, BACKWARD_FILE)));
    assert.equal(Tagger.load(dir).backward, null);
    const back = Tagger.load(dir, true);
    assert.ok(back.backward);
    for (const s of heldOut) {
      const words = s.words.map((w) => w.form);
      assert.deepEqual(back.tag(words), pair.tag(words));
    }
    assert.ok(evalTagger(back, heldOut).upos > 0.75);
    const rtl = readFileSync(join(dir, BACKWARD_FILE));
    forward.save(dir);
    assert.deepEqual(readFileSync(join(dir, BACKWARD_FILE)), rtl);
    assert.ok(Tagger.load(dir, true).backward);
    // A right-to-left model saved on its own goes to tagger-rtl.bin, leaving tagger.bin.
    const ltr = readFileSync(join(dir, TAGGER_FILE));
    backward.save(dir);
    assert.deepEqual(readFileSync(join(dir, TAGGER_FILE)), ltr);
    assert.deepEqual(readFileSync(join(dir, BACKWARD_FILE)), backward.toBuffer());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('asked to pair in a folder without tagger-rtl.bin, the tagger is tagger.bin alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tagger-bi-'));
  try {
    forward.save(dir);
    assert.equal(Tagger.load(dir, true).backward, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pairing with a model of the same direction is an E_MODEL error', () => {
  const other = trainTagger(train, { ...small, epochs: 1 });
  assert.throws(() => other.pair(forward), (e: unknown) => (e as { code?: string }).code === 'E_MODEL');
});

test('the shipped tagger.bin is left to right and tagger-rtl.bin right to left, with the same tag set', () => {
  const dir = join(projectRoot(), 'models', 'syntax');
  const shipped = Tagger.load(dir);
  assert.equal(shipped.reverse, false);
  assert.equal(shipped.backward, null);
  const paired = Tagger.load(dir, true);
  assert.equal(paired.backward?.reverse, true);
  for (const t of [shipped, paired]) {
    assert.deepEqual(t.tag(['The', 'president', 'visited', 'Paris', 'on', 'Monday', '.']).upos, ['DET', 'NOUN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
  }
});
