import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intentCode, threatCode } from './intent.js';
import { cameoCode, loadCameoTable } from './table.js';

test('an announced action maps to the CAMEO code of announcing it, most specific prefix first', () => {
  assert.equal(intentCode('0711'), '0331');
  assert.equal(intentCode('071'), '0331');
  assert.equal(intentCode('070'), '033');
  assert.equal(intentCode('042'), '036');
  assert.equal(intentCode('045'), '039');
  assert.equal(intentCode('057'), '030');
  assert.equal(intentCode('0831'), '0341');
  assert.equal(intentCode('163'), '1312');
  assert.equal(intentCode('190'), '1384');
  assert.equal(intentCode('160'), '1313');
  for (const verbal of ['010', '020', '036', '112', '138']) assert.equal(intentCode(verbal), null);
});

test('every intent code is a CAMEO code', () => {
  const table = loadCameoTable();
  const sample = ['040', '050', '057', '060', '061', '062', '063', '064', '070', '071', '072', '073', '074', '080', '081', '082', '083', '0831', '0832', '0833', '0834',
    '084', '085', '086', '087', '150', '160', '161', '162', '163', '164', '165', '166', '170', '172', '180', '190', '191', '192', '200'];
  for (const c of sample) {
    const i = intentCode(c);
    assert.ok(i && cameoCode(table, i), `${c} -> ${i}`);
  }
});

test('a threatened action is coded as a threat: its 13x intent, else the bare 130', () => {
  assert.equal(threatCode('163'), '1312');
  assert.equal(threatCode('190'), '1384');
  assert.equal(threatCode('087'), '130');
  assert.equal(threatCode('010'), '130');
  assert.equal(threatCode('1722'), '1322'); // ban a party
  assert.equal(threatCode('1723'), '1323'); // curfew
  assert.equal(threatCode('141'), '133'); // protest
  assert.equal(intentCode('141'), null);
});
