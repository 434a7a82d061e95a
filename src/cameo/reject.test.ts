import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejectCode } from './reject.js';
import { loadCameoTable } from './table.js';

test('a refused action maps to the rejection code of its kind', () => {
  assert.equal(rejectCode('040'), '125'); // meet
  assert.equal(rejectCode('0813'), '1241'); // ease curfew/administrative sanctions
  assert.equal(rejectCode('074'), '1224'); // peacekeepers
  assert.equal(rejectCode('057'), '120');
  assert.equal(rejectCode('190'), null); // refusing to attack is no rejection
});

test('every rejection code it gives is a CAMEO code', () => {
  const table = loadCameoTable();
  for (const code of table.codes.keys()) {
    const r = rejectCode(code);
    if (r !== null) assert.ok(table.codes.has(r), `${code} -> ${r}`);
  }
});
