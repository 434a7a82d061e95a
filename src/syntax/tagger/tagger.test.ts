import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../ingest/readers/fixtures.js';
import { parseConllu } from '../conllu.js';
import { evalTagger, jackknifeTags, Tagger, TAGGER_FILE, trainTagger } from './index.js';

const fixture = join(projectRoot(), 'src', 'syntax', 'tagger', 'fixtures', 'ewt-train-200.conllu');
const sents = parseConllu(readFileSync(fixture, 'utf8'), fixture);
const train = sents.slice(0, 160);
const heldOut = sents.slice(160);
// A small hash table keeps the test light; the real model uses 2^21 rows.
const small = { epochs: 8, seed: 7, rowBits: 16 };
const tagger = trainTagger(train, small);

test('training on a small slice learns it, and generalises somewhat to unseen sentences', () => {
  const seen = evalTagger(tagger, train);
  assert.ok(seen.upos > 0.97, `UPOS on training slice ${seen.upos}`);
  assert.ok(seen.xpos > 0.96, `XPOS on training slice ${seen.xpos}`);
  const unseen = evalTagger(tagger, heldOut);
  assert.ok(unseen.upos > 0.75, `UPOS on held-out slice ${unseen.upos}`);
  assert.ok(unseen.upos < seen.upos);
  assert.equal(unseen.tokens, heldOut.reduce((n, s) => n + s.words.length, 0));
});

test('the same seed gives the same model; tags are consistent UPOS/XPOS pairs from training', () => {
  const again = trainTagger(train, small);
  const words = heldOut[3].words.map((w) => w.form);
  assert.deepEqual(again.tag(words), tagger.tag(words));
  const pairs = new Set(train.flatMap((s) => s.words.map((w) => `${w.upos} ${w.xpos}`)));
  const t = tagger.tag(words);
  t.upos.forEach((u, i) => assert.ok(pairs.has(`${u} ${t.xpos[i]}`), `${u} ${t.xpos[i]}`));
});

test('save and load give identical tags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tagger-'));
  try {
    tagger.save(dir);
    const back = Tagger.load(dir);
    for (const s of heldOut) {
      const words = s.words.map((w) => w.form);
      assert.deepEqual(back.tag(words), tagger.tag(words));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing, truncated or corrupt model file is an E_MODEL error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tagger-'));
  const file = join(dir, TAGGER_FILE);
  const isModelError = (e: unknown) => (e as { code?: string }).code === 'E_MODEL' && (e as Error).message.includes(file);
  try {
    assert.throws(() => Tagger.load(dir), isModelError);
    tagger.save(dir);
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, good.length >> 1));
    assert.throws(() => Tagger.load(dir), isModelError);
    const flipped = Buffer.from(good);
    for (let i = 20; i < flipped.length; i += 97) flipped[i] ^= 0x5a;
    writeFileSync(file, flipped);
    assert.throws(() => Tagger.load(dir), isModelError);
    writeFileSync(file, 'not a model');
    assert.throws(() => Tagger.load(dir), isModelError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty sentence gives empty tags', () => {
  assert.deepEqual(tagger.tag([]), { upos: [], xpos: [] });
});

test('a 10,000-token sentence is tagged in bounded time, and short ones still work after it', () => {
  const words = Array.from({ length: 10_000 }, (_, i) => heldOut[i % heldOut.length].words[0].form);
  const t0 = Date.now();
  const t = tagger.tag(words);
  assert.equal(t.upos.length, 10_000);
  assert.equal(t.xpos.length, 10_000);
  assert.ok(Date.now() - t0 < 5000, 'tagging is linear; seconds for 10,000 tokens means something is wrong');
  assert.equal(tagger.tag(['Hello', '.']).upos.length, 2);
});

test('jackknifed tags cover every sentence and are less accurate than resubstitution', () => {
  const jk = jackknifeTags(train, 2, { ...small, epochs: 4 });
  assert.equal(jk.upos.length, train.length);
  let right = 0;
  let total = 0;
  train.forEach((s, i) => {
    assert.equal(jk.upos[i].length, s.words.length);
    assert.equal(jk.xpos[i].length, s.words.length);
    s.words.forEach((w, j) => {
      total++;
      if (jk.upos[i][j] === w.upos) right++;
    });
  });
  assert.ok(right / total < evalTagger(tagger, train).upos, `jackknife UPOS ${right / total}`);
  assert.ok(right / total > 0.7, `jackknife UPOS ${right / total}`);
});

test('with word dropout the model still learns the slice, and fits it less closely', () => {
  const dropped = trainTagger(train, { ...small, dropout: { maxCount: 1, rate: 1 } });
  const seen = evalTagger(dropped, train);
  assert.ok(seen.upos > 0.9, `UPOS on training slice ${seen.upos}`);
  // Every singleton was always forgotten, so the model cannot memorise them.
  assert.ok(seen.upos < evalTagger(tagger, train).upos, `UPOS on training slice ${seen.upos}`);
  assert.ok(evalTagger(dropped, heldOut).upos > 0.75);
});
