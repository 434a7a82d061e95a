import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reducedRelativeAsPredicate } from './repair-reduced.js';
import { leftAlone, repairedBy } from './repair-harness.js';

const repaired = (text: string) => repairedBy(reducedRelativeAsPredicate, text);

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
    assert.ok(leftAlone(reducedRelativeAsPredicate, text), text);
  }
});
