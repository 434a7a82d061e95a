import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDiscard, isTimeReference, parseDiscards, withoutTimeReferences } from './discards.js';

const LIST = parseDiscards('1988\nYEARS AGO\nMONTHS LATER\nBASEBALL\n+WORLD CUP\n2014 COMPETITION\nWORLD WAR TWO\n', 'test.discards.txt');

test('bare years, "N ago / later" spans and the world wars are time references; other phrases are not', () => {
  assert.deepEqual(LIST.entries.map(isTimeReference), [true, true, true, false, false, false, true]);
});

test('the coder\'s list keeps topic discards and drops time references', () => {
  const coding = withoutTimeReferences(LIST);
  assert.equal(findDiscard(coding, ['LIBYA', 'HANDED', 'OVER', 'THE', '1988', 'SUSPECTS']), null);
  assert.equal(findDiscard(coding, ['TWO', 'YEARS', 'AGO']), null);
  assert.equal(findDiscard(coding, ['BASEBALLS', 'GAME'])?.line, 4);
  assert.equal(findDiscard(coding, ['THE', 'WORLD', 'CUP'])?.scope, 'story');
  assert.equal(findDiscard(LIST, ['THE', '1988', 'SUSPECTS'])?.line, 1);
});
