import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedSentence } from '../syntax/types.js';
import { predicateReadAsObjectModifier } from './repair-coordinated.js';
import { leftAlone, repairedBy } from './repair-harness.js';

/** A hand-made parse: each row "word UPOS XPOS head deprel" (heads 1-based, 0 the root). */
function tree(rows: string[]): ParsedSentence {
  const cols = rows.map((r) => r.split(' '));
  return {
    words: cols.map((c) => c[0]), upos: cols.map((c) => c[1]), xpos: cols.map((c) => c[2]),
    head: Int32Array.from(cols.map((c) => Number(c[3]))), deprel: cols.map((c) => c[4]),
    start: new Int32Array(cols.length).fill(-1), end: new Int32Array(cols.length).fill(-1),
  };
}

test('an -ed verb holding the "and" as the modifier of an oblique is the first verb\'s conjunct, the noun its object', () => {
  const s = tree([
    'Chile PROPN NNP 2 nsubj', 'condemned VERB VBD 0 root', 'the DET DT 4 det', 'raid NOUN NN 2 obj', 'on ADP IN 6 case',
    'Friday PROPN NNP 4 nmod', 'and CCONJ CC 8 cc', 'promised VERB VBN 9 amod', 'aid NOUN NN 2 obl', '. PUNCT . 2 punct',
  ]);
  predicateReadAsObjectModifier(s);
  assert.equal(s.deprel[7], 'conj');
  assert.equal(s.head[7], 2);
  assert.equal(s.xpos[7], 'VBD');
  assert.equal(s.deprel[8], 'obj');
  assert.equal(s.head[8], 8);
});

test('two modifiers of one noun, even with the first read as an adjective, are left alone', () => {
  const s = tree([
    'troops NOUN NNS 2 nsubj', 'shelled VERB VBD 0 root', 'the DET DT 7 det', 'damaged ADJ JJ 7 amod', 'and CCONJ CC 6 cc',
    'looted VERB VBN 7 amod', 'shops NOUN NNS 2 obj',
  ]);
  const heads = [...s.head].join();
  predicateReadAsObjectModifier(s);
  assert.equal([...s.head].join(), heads);
  assert.equal(s.deprel[5], 'amod');
});

test('a sentence the parser reads right is left alone', () => {
  assert.ok(leftAlone(predicateReadAsObjectModifier, 'Police arrested three men and seized weapons in Lagos.'));
  const r = repairedBy(predicateReadAsObjectModifier, 'Kenya criticized a strike by Somali gunmen on Monday and promised assistance to herders.');
  assert.equal(r('promised'), 'conj>criticized');
});

test('the object read as a conjunct of a day is the second verb\'s object; of another noun it stays a conjunct', () => {
  const rows = (after: string) => [
    'Chile PROPN NNP 2 nsubj', 'condemned VERB VBD 0 root', 'raids NOUN NNS 2 obj', 'on ADP IN 5 case',
    `${after} PROPN NNP 3 nmod`, 'and CCONJ CC 7 cc', 'promised VERB VBN 8 amod', 'strikes NOUN NNS 5 conj',
  ];
  const day = tree(rows('Friday'));
  predicateReadAsObjectModifier(day);
  assert.equal(day.deprel[6], 'conj');
  assert.equal(day.head[6], 2);
  assert.equal(day.deprel[7], 'obj');
  const noun = tree(rows('Peru'));
  predicateReadAsObjectModifier(noun);
  assert.equal(noun.deprel[6], 'amod');
  assert.equal(noun.deprel[7], 'conj');
});
