import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbLine } from './verb-lines.js';

function heads(line: string): string[] {
  const v = parseVerbLine(line);
  assert.ok(typeof v !== 'string', String(v));
  return v.forms.map((f) => f.words.join('_'));
}

test('a listed irregular past without its participle gets the participle, and nothing else', () => {
  assert.deepEqual(heads('WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW }'), ['WITHDRAW', 'WITHDRAWS', 'WITHDRAWING', 'WITHDREW', 'WITHDRAWN']);
  assert.deepEqual(heads('+DRAW_BACK {+DRAWS_BACK +DREW_BACK }'), ['DRAW_BACK', 'DRAWS_BACK', 'DREW_BACK', 'DRAWN_BACK']);
  // listed already, or the past not listed (the dictionary chose its forms): left as written
  assert.deepEqual(heads('GIVE {GIVES GIVING GAVE GIVEN }'), ['GIVE', 'GIVES', 'GIVING', 'GAVE', 'GIVEN']);
  assert.deepEqual(heads('SEE {SEES SEEING SEEN }'), ['SEE', 'SEES', 'SEEING', 'SEEN']);
  // regular verbs without a list get the regular forms
  assert.deepEqual(heads('HURRY'), ['HURRY', 'HURRIES', 'HURRIED', 'HURRYING']);
});
