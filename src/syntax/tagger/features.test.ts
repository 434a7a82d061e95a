import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dynamicFeatures, MAX_FEATURES, N_STATIC, staticFeatures } from './features.js';
import { Lexicon } from './lexicon.js';
import { TagSet } from './tagset.js';
import { FLAG_ALL_UPPER, FLAG_CAPS_SENTENCE, FLAG_DIGIT, FLAG_FIRST, FLAG_HYPHEN, FLAG_INIT_UPPER, PAD, WordCodes } from './words.js';

const lex = Lexicon.build([], new TagSet(['NOUN'], ['NN']));

test('static features fill exactly N_STATIC slots and all features fit the buffer', () => {
  const c = new WordCodes();
  c.load(['The', 'well-known', 'cat', 'sat', '42'], lex);
  const out = new Uint32Array(MAX_FEATURES);
  for (let slot = PAD; slot < PAD + 5; slot++) {
    assert.equal(staticFeatures(c, slot, out, 0), N_STATIC);
    assert.ok(dynamicFeatures(c, slot, 1, 2, 3, 4, out, N_STATIC) <= MAX_FEATURES);
  }
});

test('features depend on the word, its context and the previous tags', () => {
  const c = new WordCodes();
  const a = new Uint32Array(MAX_FEATURES);
  const b = new Uint32Array(MAX_FEATURES);
  c.load(['the', 'dog', 'barks'], lex);
  staticFeatures(c, PAD + 1, a, 0);
  c.load(['the', 'dog', 'sleeps'], lex);
  staticFeatures(c, PAD + 1, b, 0);
  // Same word: its own features agree; the next word differs, so some context features do not.
  assert.equal(a[1], b[1]);
  assert.notDeepEqual([...a.subarray(0, N_STATIC)], [...b.subarray(0, N_STATIC)]);
  const n1 = dynamicFeatures(c, PAD + 1, 5, 6, -1, -1, a, 0);
  const n2 = dynamicFeatures(c, PAD + 1, 7, 6, -1, -1, b, 0);
  assert.equal(n1, n2);
  assert.notEqual(a[0], b[0]);
});

test('word flags record digits, hyphens, capitals and all-caps sentences', () => {
  const c = new WordCodes();
  c.load(['Well-known', 'A1'], lex);
  assert.equal(c.flags[PAD] & (FLAG_HYPHEN | FLAG_INIT_UPPER | FLAG_FIRST), FLAG_HYPHEN | FLAG_INIT_UPPER | FLAG_FIRST);
  assert.equal(c.flags[PAD + 1] & (FLAG_DIGIT | FLAG_ALL_UPPER | FLAG_FIRST), FLAG_DIGIT | FLAG_ALL_UPPER);
  c.load(['THE', 'PRESIDENT', 'SAID', 'NO'], lex);
  assert.ok(c.flags[PAD + 2] & FLAG_CAPS_SENTENCE);
  // In an all-caps sentence the form is read in lowercase.
  const lower = new WordCodes();
  lower.load(['the', 'president', 'said', 'no'], lex);
  assert.equal(c.form[PAD + 1], lower.form[PAD + 1]);
});
