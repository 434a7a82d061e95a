import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineCodes, fromPico, toPico } from './codes.js';

test('a speech act plus material content composes ("intend" + "provide aid" = 033)', () => {
  assert.equal(combineCodes('030', '070'), '033');
  assert.equal(combineCodes('130', '190'), '138'); // threaten + fight = threaten with military force
});

test('two speech acts take the lower one; reject adds its offset', () => {
  assert.equal(combineCodes('010', '040'), '040');
  assert.equal(combineCodes('120', '060'), '121');
});

test('unknown subcodes fall back to their root; unmappable results are null', () => {
  assert.equal(toPico('0999'), toPico('090'));
  assert.equal(fromPico(0x7777), null);
  assert.equal(combineCodes('xyz', '040'), null);
});

test('a composition that leaves one side unchanged keeps that side\'s name among codes sharing a value (046 and 044)', () => {
  assert.equal(combineCodes('010', '046'), '046');
  assert.equal(combineCodes('010', '044'), '044');
});
