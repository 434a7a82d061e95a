import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseWords } from './phrase-index.js';

test('phraseWords splits possessive endings and brackets off as the tokenizer does', () => {
  assert.deepEqual(phraseWords("PEOPLE'S_REPUBLIC_OF_CHINA"), ['PEOPLE', "'S", 'REPUBLIC', 'OF', 'CHINA']);
  assert.deepEqual(phraseWords("Kurdistan Workers' Party"), ['KURDISTAN', 'WORKERS', "'", 'PARTY']);
  assert.deepEqual(phraseWords("O'NEILL"), ["O'NEILL"]);
  assert.deepEqual(phraseWords("'S"), ["'S"]);
  assert.deepEqual(phraseWords('CONGO_(KINSHASA)_'), ['CONGO', '(', 'KINSHASA', ')']);
  assert.deepEqual(phraseWords("CONGO_(PEOPLE'S_REPUBLIC)_"), ['CONGO', '(', 'PEOPLE', "'S", 'REPUBLIC', ')']);
});
