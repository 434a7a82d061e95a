import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invertedReportingTag } from './repair-tag.js';
import type { ParsedSentence } from '../syntax/types.js';

function sentence(rows: [string, number, string, string][]): ParsedSentence {
  const n = rows.length;
  return {
    words: rows.map((r) => r[0]), start: new Int32Array(n).fill(-1), end: new Int32Array(n).fill(-1),
    upos: rows.map((r) => r[3]), xpos: rows.map(() => 'X'),
    head: Int32Array.from(rows.map((r) => r[1])), deprel: rows.map((r) => r[2]),
  };
}

test('an inverted closing tag read as a conjunct with its speaker as object: the tag is parataxis, the speaker its subject', () => {
  // "Israel will leave , said a spokesman ."
  const s = sentence([
    ['Israel', 3, 'nsubj', 'PROPN'], ['will', 3, 'aux', 'AUX'], ['leave', 0, 'root', 'VERB'], [',', 5, 'punct', 'PUNCT'],
    ['said', 3, 'conj', 'VERB'], ['a', 7, 'det', 'DET'], ['spokesman', 5, 'obj', 'NOUN'], ['.', 3, 'punct', 'PUNCT'],
  ]);
  invertedReportingTag(s);
  assert.deepEqual([s.deprel[4], s.deprel[6]], ['parataxis', 'nsubj']);
});

test('a participle clause after a comma ("..., saying ...") and a tag with its own subject are left alone', () => {
  // "Rebels left , saying elections ." -- "saying" opens no inverted tag.
  const saying = sentence([
    ['Rebels', 2, 'nsubj', 'NOUN'], ['left', 0, 'root', 'VERB'], [',', 4, 'punct', 'PUNCT'], ['saying', 2, 'advcl', 'VERB'],
    ['elections', 4, 'obj', 'NOUN'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  invertedReportingTag(saying);
  assert.deepEqual(saying.deprel, ['nsubj', 'root', 'punct', 'advcl', 'obj', 'punct']);
  // "Rebels left , police said reporters ." -- a subject of its own: not inverted.
  const own = sentence([
    ['Rebels', 2, 'nsubj', 'NOUN'], ['left', 0, 'root', 'VERB'], [',', 5, 'punct', 'PUNCT'], ['police', 5, 'nsubj', 'NOUN'],
    ['said', 2, 'conj', 'VERB'], ['reporters', 5, 'obj', 'NOUN'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  invertedReportingTag(own);
  assert.deepEqual([own.deprel[4], own.deprel[5]], ['conj', 'obj']);
});
