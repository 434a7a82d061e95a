import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSyntaxModelDir, Syntax, unusedModelPaths } from './pipeline.js';
import { BACKWARD_FILE, Tagger, TAGGER_FILE } from './tagger/index.js';

// On the shipped files: the default (greedy) mode must ignore tagger-rtl.bin, which ships beside
// tagger.bin for the accurate mode only.
const dir = defaultSyntaxModelDir();
const greedy = Syntax.load(dir, 'greedy');
const accurate = Syntax.load(dir, 'beam');
const ltr = Tagger.loadFile(join(dir, TAGGER_FILE));
// The left-to-right model alone calls "after" a preposition; the pair reads the clause after it.
const words = 'Ethiopia departs almost five years after crowds trashed its embassy .'.split(' ');

test('tagger-rtl.bin ships beside tagger.bin', () => {
  assert.ok(existsSync(join(dir, BACKWARD_FILE)));
});

test('the default mode tags with tagger.bin alone, although tagger-rtl.bin is there', () => {
  assert.equal(greedy.tagger.backward, null);
  assert.deepEqual(greedy.tagger.tag(words), ltr.tag(words));
  assert.equal(greedy.parseWords(words).upos[5], 'ADP');
});

test('the accurate mode pairs tagger.bin with tagger-rtl.bin', () => {
  assert.equal(accurate.tagger.backward?.reverse, true);
  assert.equal(accurate.tagger.reverse, false);
  const s = accurate.parseWords(words);
  assert.equal(s.upos[5], 'SCONJ');
  assert.deepEqual(s.upos.filter((_, i) => i !== 5), ltr.tag(words).upos.filter((_, i) => i !== 5));
});

test('the default mode neither reads nor fingerprints the accurate mode files, and the accurate mode not the greedy parser', () => {
  const g = unusedModelPaths(dir, 'greedy');
  assert.ok(g.includes(join(dir, BACKWARD_FILE)));
  assert.ok(g.some((p) => p.startsWith(join(dir, 'parser-beam'))));
  const b = unusedModelPaths(dir, 'beam');
  assert.ok(!b.includes(join(dir, BACKWARD_FILE)));
  assert.ok(b.some((p) => p.startsWith(join(dir, 'parser')) && !p.includes('beam')));
});
