/** The real shipped dictionaries (data/dictionaries, data/overlays) load and hold known entries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionaries, VALIDATE_FILES, matchActor, codeForEntries, findVerbs, normalizeToken } from './index.js';
import { packageRoot } from './paths.js';

const d = loadDictionaries();
const actor = (name: string, date: string) => {
  const toks = name.split(' ').map(normalizeToken);
  const m = matchActor(d.actors, toks, 0);
  return m && m.length === toks.length ? codeForEntries(m.entries, date)?.code : undefined;
};

test('CAMEO.2.0.txt: 397 blocks and 4,668 patterns as written, 4,664 parsed', () => {
  const cameo = d.verbs.blocks.filter((b) => b.file === 'CAMEO.2.0.txt');
  assert.equal(cameo.length, 397);
  const parsed = cameo.reduce((n, b) => n + b.patterns.length, 0);
  // Two lines are malformed (2374, 7606) and two name undefined synsets (&WEATHER, &DEMONSTRATION).
  assert.equal(parsed, 4664);
  assert.deepEqual(d.warnings.filter((w) => w.file === 'CAMEO.2.0.txt').map((w) => w.line), [2374, 7606, 8443, 8444]);
  assert.equal(d.verbs.transformations.length, 8);
  const ask = findVerbs(d.verbs, 'ASKED_FOR'.split('_')[0]).find((v) => v.lemma.words.join(' ') === 'ASK FOR');
  assert.equal(ask?.code?.active, '020');
});

test('the shipped verb overlay adds its blocks after CAMEO.2.0.txt and keeps the originals', () => {
  const extra = d.verbs.blocks.filter((b) => b.file !== 'CAMEO.2.0.txt');
  // Every verb overlay the project ships, and only those.
  const shipped = readdirSync(join(packageRoot(), 'data', 'overlays')).filter((f) => f.endsWith('.verbs.txt')).sort();
  assert.ok(shipped.includes('cooperation.verbs.txt') && shipped.includes('light-verbs.verbs.txt'));
  assert.deepEqual([...new Set(extra.map((b) => b.file))].sort(), shipped);
  assert.equal(d.verbs.blocks.indexOf(extra[0]), 397);
  const strengthen = findVerbs(d.verbs, 'STRENGTHENED').map((v) => d.verbs.blocks[v.block].file);
  assert.deepEqual([...new Set(strengthen)].sort(), ['CAMEO.2.0.txt', 'conflict.verbs.txt', 'cooperation.verbs.txt']);
  assert.ok(!loadDictionaries({ defaultOverlays: false }).verbs.blocks.some((b) => b.file === 'cooperation.verbs.txt'));
});

test('Phoenix actors, agents, issues and the shipped overlays', () => {
  assert.equal(actor('Japan', '2020-01-01'), 'JPN');
  assert.equal(actor('Shinzo Abe', '2006-12-01'), 'JPNGOV');
  assert.equal(actor('Kishida Fumio', '2023-01-01'), 'JPNGOV');
  assert.equal(actor('Kishida', '2025-06-01'), 'JPNELI');
  assert.equal(actor('Antonio Guterres', '2020-01-01'), 'IGOUNO');
  assert.equal(actor('Downing Street', '2020-01-01'), 'GBRGOV');
  assert.equal(actor('U.N.', '2020-01-01'), 'IGOUNO');
  assert.ok(d.actors.entries.length > 27000);
  assert.equal(d.agents.index.longest(['PRESIDENT'])?.values[0].code, 'GOV');
  assert.ok(d.issues && d.issues.entries.length > 4000);
  // 506 phrases, less the 114 time references the coder does not apply (discards.ts isTimeReference).
  assert.equal(d.discards.entries.length, 392);
});

test('the PETR.Validate set loads by name', () => {
  const v = loadDictionaries({ files: VALIDATE_FILES, defaultOverlays: false });
  assert.deepEqual(v.warnings.filter((w) => w.file === 'PETR.Validate.verbs.txt').map((w) => w.line), [447]);
  assert.equal(v.verbs.blocks.length, 261);
  assert.ok(findVerbs(v.verbs, 'ABANDON')[0]);
  const gondor = matchActor(v.actors, ['GONDOR'], 0);
  assert.equal(gondor && codeForEntries(gondor.entries, '2000-01-01')?.code, 'GON');
});
