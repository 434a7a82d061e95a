import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../conllu.js';
import { wordDropout } from './dropout.js';
import { Lexicon } from './lexicon.js';
import { TagSet } from './tagset.js';
import { mulberry32 } from './train.js';
import { PAD, WordCodes } from './words.js';

const sents = [['the', 'cat', 'sat'], ['the', 'cat', 'purred'], ['The', 'dog', 'sat']];
const tags = new TagSet(['DET', 'NOUN', 'VERB'], ['DT', 'NN', 'VBD']);
const conllu = sents.map((s) => s.map((w, i) => `${i + 1}\t${w}\t_\tNOUN\tNN\t_\t0\troot\t_\t_`).join('\n')).join('\n\n');
const lex = Lexicon.build(parseConllu(`${conllu}\n\n`), tags);

function loaded(i: number, forget?: (c: WordCodes) => void): WordCodes {
  const c = new WordCodes();
  c.load(sents[i], lex);
  forget?.(c);
  return c;
}

test('at rate 1 exactly the rare words look unseen: new form codes and no ambiguity class', () => {
  const drop = wordDropout(sents, { maxCount: 2, rate: 1 }, mulberry32(3));
  const before = loaded(1);
  const after = loaded(1, drop(1));
  // "the" (3 times, counted in lowercase) is kept; "cat" (2) and "purred" (1) are forgotten.
  assert.equal(after.form[PAD], before.form[PAD]);
  assert.equal(after.ambLower[PAD], before.ambLower[PAD]);
  for (const slot of [PAD + 1, PAD + 2]) {
    assert.notEqual(after.form[slot], before.form[slot]);
    assert.notEqual(after.lower[slot], before.lower[slot]);
    assert.equal(after.ambForm[slot], 0);
    assert.equal(after.ambLower[slot], 0);
    assert.equal(after.suffix[slot], before.suffix[slot]);
  }
  assert.notEqual(before.ambLower[PAD + 1], 0);
});

test('dropout is off at rate 0 and for sentences without rare words', () => {
  assert.equal(wordDropout(sents, { maxCount: 2, rate: 0 }, mulberry32(3))(1), undefined);
  assert.equal(wordDropout(sents, { maxCount: 1, rate: 1 }, mulberry32(3))(0), undefined);
});

test('at a partial rate, some rare words are forgotten and some kept', () => {
  const drop = wordDropout(sents, { maxCount: 2, rate: 0.5 }, mulberry32(5));
  const before = loaded(1);
  let forgotten = 0;
  for (let k = 0; k < 40; k++) {
    const after = loaded(1, drop(1));
    if (after.form[PAD + 2] !== before.form[PAD + 2]) forgotten++;
  }
  assert.ok(forgotten > 5 && forgotten < 35, `forgotten ${forgotten} of 40`);
});
