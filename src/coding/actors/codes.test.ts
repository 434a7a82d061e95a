import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentSector, composeAgent, splitCode } from './codes.js';
import { nameKey } from './actor-index.js';
import { withinOneEdit } from './one-edit-index.js';

const states = new Set(['JPN', 'USA', 'KOR']);

test('splitCode: country is a known state prefix, sector the next known block', () => {
  assert.deepEqual(splitCode('JPNGOVMIL', states), { country: 'JPN', sector: 'GOV' });
  assert.deepEqual(splitCode('USA', states), { country: 'USA', sector: null });
  assert.deepEqual(splitCode('IGOUNO', states), { country: null, sector: null });
  assert.deepEqual(splitCode('NGOJPNHLH', states), { country: null, sector: 'HLH' });
  assert.deepEqual(splitCode(null, states), { country: null, sector: null });
});

test('composeAgent: ~ suffix and prefix rules; an owner with a sector keeps its code', () => {
  assert.equal(composeAgent('JPN', '~GOVMIL', states), 'JPNGOVMIL');
  assert.equal(composeAgent('KOR', 'IGO~', states), 'IGOKOR');
  assert.equal(composeAgent('USAGOV', '~MED', states), 'USAGOV');
  assert.equal(agentSector('~GOVMIL'), 'GOV');
});

test('withinOneEdit and nameKey', () => {
  assert.ok(withinOneEdit('FUMIOKISHIDA', 'FUMIOKISHDA'));
  assert.ok(withinOneEdit('KISHIDA', 'KISHODA'));
  assert.ok(!withinOneEdit('KISHIDA', 'KISHDIA'));
  assert.ok(!withinOneEdit('ABCDEF', 'ABCDEFGH'));
  assert.equal(nameKey(['Moon', 'Jae-in']), nameKey(['MOON', 'JAE', 'IN']));
});
