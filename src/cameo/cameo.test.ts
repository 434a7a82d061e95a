import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo, cameoCode, goldstein, quadClass, ploverOf, ploverLegacyTo2, parsePloverMap, rootOf } from './index.js';

const c = loadCameo();

test('CAMEO table: names, GDELT Goldstein, QuadClass by root', () => {
  assert.equal(c.table.codes.size, 312);
  assert.equal(cameoCode(c.table, '190')?.name, 'Use conventional military force, not specified below');
  assert.equal(goldstein(c.table, '190'), -10);
  assert.equal(goldstein(c.table, '016'), -2, 'GDELT value, not ICEWS (-5)');
  assert.equal(cameoCode(c.table, '1213')?.goldsteinSource, 'icews');
  assert.deepEqual(['013', '057', '061', '090', '100', '141', '150', '200'].map((x) => quadClass(c.table, x)), [1, 1, 2, 2, 3, 3, 4, 4]);
});

test('unknown and test-only codes give null, not a crash', () => {
  for (const code of ['901', '345', '802', '075A', '', '---']) {
    assert.equal(cameoCode(c.table, code), null);
    assert.equal(goldstein(c.table, code), null);
    assert.equal(quadClass(c.table, code), null);
  }
  assert.equal(ploverOf(c.plover, 'abc'), null);
  assert.equal(rootOf('0231'), '02');
});

test('CAMEO -> PLOVER with fallback up the hierarchy; roots 01 and 02 have none', () => {
  assert.equal(ploverOf(c.plover, '0231'), null);
  assert.equal(ploverOf(c.plover, '010'), null);
  assert.deepEqual(ploverOf(c.plover, '0311'), { type: 'AGREE', mode: null, context: 'economic', from: '0311' });
  assert.equal(ploverOf(c.plover, '1951')?.from, '195', '1951 is not in the table: falls back to 195');
  assert.equal(ploverOf(c.plover, '084')?.type, 'RETREAT');
  assert.equal(ploverOf(c.plover, '081')?.type, 'CONCEDE');
  // The 2.0 manual over the 2021 table: easing a curfew concedes, a resignation retreats.
  assert.equal(ploverOf(c.plover, '0813')?.type, 'CONCEDE');
  assert.deepEqual([ploverOf(c.plover, '0831')?.type, ploverOf(c.plover, '0831')?.mode], ['RETREAT', 'resign']);
  const tiny = parsePloverMap('cameo_code\tplover_event\tplover_mode\n04\tCONSULT\t\n042\tCONSULT\tvisit\n');
  assert.equal(ploverOf(tiny, '0421')?.mode, 'visit');
  assert.equal(ploverOf(tiny, '045')?.from, '04');
  assert.throws(() => parsePloverMap('h\n9x\tFOO\n', 'p.tsv'), /p\.tsv:2/);
});

test('PLOVER 0.5b1 -> 2.0 names', () => {
  assert.deepEqual(ploverLegacyTo2('DEMAND', null), { type: 'REQUEST', mode: null, swapRoles: false });
  assert.deepEqual(ploverLegacyTo2('DISAPPROVE', undefined), { type: 'ACCUSE', mode: 'disapprove', swapRoles: false });
  assert.deepEqual(ploverLegacyTo2('INVESTIGATE', ''), { type: 'ACCUSE', mode: 'investigate', swapRoles: false });
  assert.deepEqual(ploverLegacyTo2('FIGHT', 'heavy-weapons'), { type: 'ASSAULT', mode: 'heavy-weapons', swapRoles: false });
  assert.deepEqual(ploverLegacyTo2('PROTEST', 'strike-hun'), { type: 'PROTEST', mode: 'hunger', swapRoles: false });
  assert.deepEqual(ploverLegacyTo2('CONSULT', 'host'), { type: 'CONSULT', mode: 'visit', swapRoles: true });
  assert.equal(ploverLegacyTo2('DOCUMENT', null), null);
});
