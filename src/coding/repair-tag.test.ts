import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invertedReportingTag, reportedClauseReadAsAdverbial, reportedClauseReadAsModifier, speakerReadAsApposition } from './repair-tag.js';
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

test('a closing tag\'s speaker read as conjuncts or an apposition of the word before the comma is the tag\'s subject', () => {
  // The shipped model's parse of "Japan will cooperate with Australia, Prime Minister Kishida said."
  const s = sentence([
    ['Japan', 3, 'nsubj', 'PROPN'], ['will', 3, 'aux', 'AUX'], ['cooperate', 10, 'ccomp', 'VERB'], ['with', 5, 'case', 'ADP'],
    ['Australia', 3, 'obl', 'PROPN'], [',', 8, 'punct', 'PUNCT'], ['Prime', 8, 'amod', 'ADJ'], ['Minister', 5, 'conj', 'PROPN'],
    ['Kishida', 5, 'conj', 'PROPN'], ['said', 0, 'root', 'VERB'], ['.', 10, 'punct', 'PUNCT'],
  ]);
  speakerReadAsApposition(s);
  assert.deepEqual([...s.head], [3, 3, 10, 5, 3, 10, 8, 10, 8, 0, 10]);
  assert.deepEqual([s.deprel[7], s.deprel[8], s.deprel[9]], ['nsubj', 'flat', 'root']);
  // A list before "said" ("Ukraine, Poland and Romania said") has a coordinator: left alone.
  const list = sentence([
    ['Russia', 2, 'nsubj', 'PROPN'], ['attacked', 8, 'ccomp', 'VERB'], ['Ukraine', 8, 'nsubj', 'PROPN'], [',', 5, 'punct', 'PUNCT'],
    ['Poland', 3, 'conj', 'PROPN'], ['and', 7, 'cc', 'CCONJ'], ['Romania', 3, 'conj', 'PROPN'], ['said', 0, 'root', 'VERB'],
  ]);
  speakerReadAsApposition(list);
  assert.deepEqual([...list.head], [2, 8, 8, 5, 3, 7, 3, 0]);
});

test('a closing tag\'s clause read as a modifier of the tag\'s first subject becomes the reported clause; a passive modifier stays', () => {
  // "tanks fired shells at Jericho , witnesses said ."
  const active = sentence([
    ['tanks', 8, 'nsubj', 'NOUN'], ['fired', 1, 'acl', 'VERB'], ['shells', 2, 'obj', 'NOUN'], ['at', 5, 'case', 'ADP'],
    ['Jericho', 2, 'obl', 'PROPN'], [',', 1, 'punct', 'PUNCT'], ['witnesses', 8, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 8, 'punct', 'PUNCT'],
  ]);
  reportedClauseReadAsModifier(active);
  assert.deepEqual([active.head[0], active.deprel[0], active.head[1], active.deprel[1]], [2, 'nsubj', 8, 'ccomp']);
  // "tanks hit by missiles , witnesses said ."
  const passive = sentence([
    ['tanks', 7, 'nsubj', 'NOUN'], ['hit', 1, 'acl', 'VERB'], ['by', 4, 'case', 'ADP'], ['missiles', 2, 'obl', 'NOUN'],
    [',', 1, 'punct', 'PUNCT'], ['witnesses', 7, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 7, 'punct', 'PUNCT'],
  ]);
  reportedClauseReadAsModifier(passive);
  assert.deepEqual([passive.deprel[0], passive.deprel[1]], ['nsubj', 'acl']);
});

test('a subjectful clause with no subordinator read as an adverbial of the closing tag\'s verb is its complement; "after ..." stays', () => {
  // "Korea fired missiles , officials said ."
  const plain = sentence([
    ['Korea', 2, 'nsubj', 'PROPN'], ['fired', 6, 'advcl', 'VERB'], ['missiles', 2, 'obj', 'NOUN'], [',', 6, 'punct', 'PUNCT'],
    ['officials', 6, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 6, 'punct', 'PUNCT'],
  ]);
  reportedClauseReadAsAdverbial(plain);
  assert.equal(plain.deprel[1], 'ccomp');
  // "after Korea fired missiles , officials said ."
  const marked = sentence([
    ['after', 3, 'mark', 'SCONJ'], ['Korea', 3, 'nsubj', 'PROPN'], ['fired', 7, 'advcl', 'VERB'], ['missiles', 3, 'obj', 'NOUN'],
    [',', 7, 'punct', 'PUNCT'], ['officials', 7, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 7, 'punct', 'PUNCT'],
  ]);
  reportedClauseReadAsAdverbial(marked);
  assert.equal(marked.deprel[2], 'advcl');
});
