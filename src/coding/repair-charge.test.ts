import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chargeReadAsAgentClause } from './repair-charge.js';
import { leftAlone, repairedBy } from './repair-harness.js';

test('an "of"-gerund on the by-phrase of a passive accusation is the accusation\'s clause', () => {
  const r = repairedBy(chargeReadAsAgentClause, 'Russia was accused by Ukraine of shelling the nuclear plant.');
  assert.equal(r('shelling'), 'advcl>accused');
  assert.equal(r('Ukraine'), 'obl>accused');
});

test('a gerund on a by-phrase of another verb, or of an active accusation, is left alone', () => {
  for (const text of ['The town was alarmed by the prospect of losing its water supply.', 'Ukraine accused Russia of shelling the nuclear plant.']) {
    assert.ok(leftAlone(chargeReadAsAgentClause, text), text);
  }
});
