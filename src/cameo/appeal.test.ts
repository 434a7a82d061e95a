import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appealCode } from './appeal.js';
import { cameoCode, loadCameoTable } from './table.js';

test('an action appealed for maps to the appeal code mirroring its intent code', () => {
  assert.equal(appealCode('085'), '0254');
  assert.equal(appealCode('081'), '0251');
  assert.equal(appealCode('0841'), '0253');
  assert.equal(appealCode('087'), '0256');
  assert.equal(appealCode('061'), '0211');
  assert.equal(appealCode('073'), '0233');
  assert.equal(appealCode('046'), '026');
  assert.equal(appealCode('045'), '028');
  assert.equal(appealCode('050'), '022');
  assert.equal(appealCode('0832'), '0242');
  for (const none of ['057', '010', '020', '112', '163', '190']) assert.equal(appealCode(none), null);
});

test('every appeal code is a CAMEO code', () => {
  const table = loadCameoTable();
  for (const c of ['040', '045', '050', '060', '061', '062', '063', '064', '070', '071', '072', '073', '074', '080', '081', '082', '083', '0831', '0832', '0833', '0834', '084', '085', '086', '087']) {
    const a = appealCode(c);
    assert.ok(a && cameoCode(table, a), `${c} -> ${a}`);
  }
});
