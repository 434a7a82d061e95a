import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demandCode } from './demand.js';
import { loadCameo } from './index.js';

test('a demanded action maps to the demand code of its kind', () => {
  assert.equal(demandCode('0842'), '1053'); // hand over persons -> demand release of persons
  assert.equal(demandCode('087'), '1056'); // de-escalate -> demand de-escalation
  assert.equal(demandCode('071'), '1031'); // economic aid
  assert.equal(demandCode('036'), '106'); // intent to meet -> demand a meeting
  assert.equal(demandCode('0233'), '1033'); // appeal for humanitarian aid -> demand it
  assert.equal(demandCode('045'), '108'); // mediate
  assert.equal(demandCode('190'), '100'); // force: no demand code of its own
  assert.equal(demandCode('163'), '100');
});

test('every demand code it gives is a CAMEO code', () => {
  const { table } = loadCameo();
  for (const code of [...table.codes.keys()]) {
    const d = demandCode(code);
    assert.ok(table.codes.has(d), `${code} -> ${d}`);
  }
});
