import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OneEditIndex } from './one-edit-index.js';

test('OneEditIndex finds keys one edit away, at the front, the back or inside', () => {
  const idx = new OneEditIndex<string>();
  for (const k of ['ALDERANA', 'XLDERAN', 'ALDERAN', 'LDERAN', 'ALDERAX', 'BLDERAX', 'ALDEARN', 'ALDERANNA']) idx.add(k, k.toLowerCase());
  // Shorter keys, then the same length, then longer; each length in insertion order.
  assert.deepEqual(idx.near('ALDERAN'), ['lderan', 'xlderan', 'alderan', 'alderax', 'alderana']);
  assert.deepEqual(idx.near('BLDERAN'), ['lderan', 'xlderan', 'alderan', 'blderax']);
  assert.deepEqual(idx.near('QQQQQQQ'), []);
  assert.deepEqual(idx.near(''), []);
});

test('OneEditIndex gives a value once even under several keys', () => {
  const idx = new OneEditIndex<number>();
  idx.add('GONDORR', 1);
  idx.add('GONDOR', 1);
  idx.add('GONDAR', 2);
  assert.deepEqual(idx.near('GONDOR'), [1, 2]);
});
