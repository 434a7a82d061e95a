import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex, phraseWords } from './phrase-index.js';

test('phraseWords splits possessive endings and brackets off as the tokenizer does', () => {
  assert.deepEqual(phraseWords("PEOPLE'S_REPUBLIC_OF_CHINA"), ['PEOPLE', "'S", 'REPUBLIC', 'OF', 'CHINA']);
  assert.deepEqual(phraseWords("Kurdistan Workers' Party"), ['KURDISTAN', 'WORKERS', "'", 'PARTY']);
  assert.deepEqual(phraseWords("O'NEILL"), ["O'NEILL"]);
  assert.deepEqual(phraseWords("'S"), ["'S"]);
  assert.deepEqual(phraseWords('CONGO_(KINSHASA)_'), ['CONGO', '(', 'KINSHASA', ')']);
  assert.deepEqual(phraseWords("CONGO_(PEOPLE'S_REPUBLIC)_"), ['CONGO', '(', 'PEOPLE', "'S", 'REPUBLIC', ')']);
});

test('a token written with underscores matches the phrase of its words, counted as one token', () => {
  const idx = new PhraseIndex<string>();
  idx.add(phraseWords('QUEEN OF WEST MARCHES'), 'WMQ');
  idx.add(phraseWords('WEST_MARCHES'), 'WM');
  assert.deepEqual(idx.longest(['THE', 'QUEEN', 'OF', 'WEST_MARCHES'], 1), { length: 3, values: ['WMQ'] });
  assert.deepEqual(idx.longest(['WEST_MARCHES', 'SAID'], 0), { length: 1, values: ['WM'] });
  assert.deepEqual(idx.longest(['QUEEN', 'OF', 'WEST', 'MARCHES'], 0), { length: 4, values: ['WMQ'] });
  assert.equal(idx.longest(['_', 'WEST'], 0), null);
});
