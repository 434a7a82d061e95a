import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ceaseCode } from './cease.js';

test('stopping an act reduces relations by the act\'s kind, de-escalates a fight, or codes nothing', () => {
  assert.equal(ceaseCode('043'), '164', 'talks halted');
  assert.equal(ceaseCode('045'), '165', 'mediation halted');
  assert.equal(ceaseCode('050'), '161', 'diplomatic cooperation ended');
  assert.equal(ceaseCode('061'), '160', 'material cooperation ended');
  assert.equal(ceaseCode('072'), '1622', 'military aid stopped');
  assert.equal(ceaseCode('070'), '162', 'aid stopped');
  assert.equal(ceaseCode('190'), '087', 'fighting stopped');
  assert.equal(ceaseCode('195'), '087', 'air strikes stopped');
  for (const none of ['010', '020', '112', '141']) assert.equal(ceaseCode(none), null, none);
});
