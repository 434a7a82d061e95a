import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelForms } from './quote-forms.js';
import { Syntax } from './pipeline.js';

test('paired-character quotation marks are read as straight quotes; other words are untouched', () => {
  assert.deepEqual(modelForms(['``', 'Peace', "''", 'now', '.']), ['"', 'Peace', '"', 'now', '.']);
  const plain = ['He', "'s", 'here'];
  assert.equal(modelForms(plain), plain);
});

test('the shipped models tag a `` quotation mark as punctuation, and the sentence keeps its own words', () => {
  const syntax = Syntax.load();
  const s = syntax.parseWords(['Iraq', 'will', 'allow', 'inspectors', '``', 'without', 'conditions', "''", '.']);
  assert.equal(s.words[4], '``');
  assert.equal(s.upos[4], 'PUNCT');
  assert.equal(s.upos[7], 'PUNCT');
});
