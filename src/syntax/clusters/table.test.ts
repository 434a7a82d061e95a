import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_CLUSTER, PREFIX_LENGTHS, WordClusters } from './table.js';
import { selectVectors } from './embeddings.js';

test('a cluster table survives the round trip through its file, byte for byte', () => {
  const t = new WordClusters(['the', 'a', 'dog', 'cat', 'runs'], ['0000', '0000', '0110011001', '0110011000', '1']);
  const buf = t.toBuffer();
  const back = WordClusters.fromBuffer(buf);
  assert.equal(back.size, 5);
  assert.equal(back.path('dog'), '0110011001');
  assert.equal(back.path('runs'), '1');
  assert.equal(back.path('horse'), undefined);
  assert.ok(back.toBuffer().equals(buf));
  assert.deepEqual(back.paths, ['0000', '0110011000', '0110011001', '1']);
});

test('encode gives one hash per granularity: prefixes shared by near clusters, none for unknown words', () => {
  assert.deepEqual(PREFIX_LENGTHS, [4, 8, Infinity]);
  const t = new WordClusters(['dog', 'cat', 'runs'], ['0110011001', '0110011000', '1000']);
  const stride = 3;
  const out = new Uint32Array(3 * stride);
  for (const [i, w] of ['dog', 'cat', 'horse'].entries()) t.encode(w, out, i, stride);
  const at = (level: number, i: number) => out[level * stride + i];
  assert.equal(at(0, 0), at(0, 1), '4-bit prefixes of dog and cat agree');
  assert.equal(at(1, 0), at(1, 1), '8-bit prefixes agree');
  assert.notEqual(at(2, 0), at(2, 1), 'whole paths differ');
  for (let j = 0; j < 3; j++) assert.equal(at(j, 2), NO_CLUSTER);
  const runs = new Uint32Array(3);
  t.encode('runs', runs, 0, 1);
  assert.notEqual(runs[0], at(0, 0));
  // A path no longer than a prefix length is its own prefix, but each granularity hashes apart.
  assert.notEqual(runs[0], runs[2]);
});

test('a word given twice keeps its first cluster; bad files are refused', () => {
  const t = new WordClusters(['x', 'x'], ['01', '10']);
  assert.equal(t.path('x'), '01');
  assert.throws(() => WordClusters.fromBuffer(Buffer.from('not gzip')), /gzip/);
  const dir = mkdtempSync(join(tmpdir(), 'clusters-'));
  try {
    const file = join(dir, 'c.txt.gz');
    writeFileSync(file, t.toBuffer());
    const read = WordClusters.fromFile(file);
    assert.equal(read.source, file);
    assert.equal(read.path('x'), '01');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('selectVectors keeps the most frequent normalised words once each', () => {
  const emb = {
    dimensions: 2,
    words: ['the', '1990', '2010', 'new york', 'dog'],
    vectors: { the: [1, 0, 1, 0], 1990: [0, 1, 1, 1], 2010: [5, 5, 1, 2], 'new york': [1, 1, 1, 3], dog: [2, 2, 1, 4] },
  };
  const v = selectVectors(emb, 3);
  assert.deepEqual(v.words, ['the', '0000', 'dog']);
  assert.deepEqual([...v.vectors.data], [1, 0, 0, 1, 2, 2]);
  assert.equal(v.vectors.n, 3);
});
