import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo, ploverOfEvent } from './index.js';

const c = loadCameo();
const typeOf = (code: string, modality: string) => ploverOfEvent(c.plover, code, modality)?.type ?? null;

test('future cooperation is AGREE, a future retreat CONCEDE (PLOVER manual); the rest keep their type', () => {
  assert.deepEqual(['043', '051', '062', '073'].map((x) => typeOf(x, 'future')), ['AGREE', 'AGREE', 'AGREE', 'AGREE']);
  assert.deepEqual(['043', '051', '062', '073'].map((x) => typeOf(x, 'actual')), ['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
  assert.equal(typeOf('0872', 'future'), 'CONCEDE');
  assert.equal(ploverOfEvent(c.plover, '0872', 'future')?.mode, null);
  assert.equal(typeOf('0872', 'hypothetical'), 'RETREAT');
  // An official who "will resign" has decided to leave: still RETREAT, mode resign.
  assert.deepEqual(ploverOfEvent(c.plover, '0831', 'future'), ploverOfEvent(c.plover, '0831', 'actual'));
  assert.deepEqual(['190', '163', '081', '036'].map((x) => typeOf(x, 'future')), ['ASSAULT', 'SANCTION', 'CONCEDE', 'AGREE']);
  assert.equal(typeOf('020', 'future'), null);
});
