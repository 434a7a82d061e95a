import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Syntax } from '../syntax/pipeline.js';
import { reducedRelativeAsPredicate } from './repair-reduced.js';

// The shipped tagger and parser: the repair is about what they do.
const syntax = Syntax.load();

function repaired(text: string): (w: string) => string {
  const [s] = syntax.parseText(text);
  reducedRelativeAsPredicate(s);
  return (w) => {
    const k = s.words.indexOf(w);
    return `${s.deprel[k]}>${s.head[k] === 0 ? 'ROOT' : s.words[s.head[k] - 1]}`;
  };
}

test('a participle with its phrase on the opening subject is the subject\'s modifier; the later verb is the predicate', () => {
  const r = repaired('Syrian rebels armed with mortars shelled Damascus.');
  assert.equal(r('shelled'), 'root>ROOT');
  assert.equal(r('rebels'), 'nsubj>shelled');
  assert.equal(r('armed'), 'acl>rebels');
  assert.equal(r('mortars'), 'obl>armed');
  const q = repaired('Iraqi militants linked to Iran fired rockets at a U.S. base, officials said.');
  assert.equal(q('fired'), 'ccomp>said');
  assert.equal(q('militants'), 'nsubj>fired');
  assert.equal(q('rockets'), 'obj>fired');
});

test('a sentence already parsed right, or with commas around the participle, is left alone', () => {
  for (const text of ['Russian troops backed by tanks attacked Ukrainian positions.', 'The rebels, armed with mortars, shelled the city.']) {
    const [s] = syntax.parseText(text);
    const before = [...s.head].join(), rels = s.deprel.join();
    reducedRelativeAsPredicate(s);
    assert.equal([...s.head].join(), before, text);
    assert.equal(s.deprel.join(), rels, text);
  }
});
