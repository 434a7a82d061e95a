import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { memoryIo } from '../cli/command.js';
import { openStore } from '../store/index.js';

// A name no shipped dictionary has: ingested, its event has no source code; after an overlay names
// it, `dyad recode` must give the stored event (and the rollup) the new code, in place.
test('dyad recode re-codes stored documents with a new overlay, in place', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-recode-'));
  const db = join(dir, 'r.db');
  writeFileSync(join(dir, 'a.txt'), 'Zorbania condemned Japan on Monday over the missile test.\n');
  writeFileSync(join(dir, 'b.txt'), 'Japan praised Australia for its help after the storm.\n');
  const overlay = join(dir, 'ov.jsonl');
  writeFileSync(overlay, '{"names":["Zorbania"],"code":"ZRB","kind":"state"}\n');

  assert.equal(await main(['ingest', join(dir, 'a.txt'), join(dir, 'b.txt'), '--db', db, '--date', '2026-03-05'], memoryIo()), 0);
  let store = await openStore(db);
  const before = await store.queryEvents({});
  const ids = await store.documentIds();
  assert.ok(before.some((e) => e.target?.code === 'JPN' && e.source?.code == null), 'unknown source before the overlay');
  assert.equal((await store.dyadSeries('ZRB', 'JPN', { by: 'day' })).length, 0);
  await store.close();

  const io = memoryIo();
  assert.equal(await main(['recode', '--db', db, '--overlay', overlay], io), 0);
  assert.match(io.stderr, /recoded 2 of 2 documents/);

  store = await openStore(db);
  const after = await store.queryEvents({});
  assert.deepEqual(await store.documentIds(), ids, 'same documents, nothing added');
  assert.equal(after.length, before.length);
  assert.ok(after.some((e) => e.source?.code === 'ZRB' && e.target?.code === 'JPN'));
  const series = await store.dyadSeries('ZRB', 'JPN', { by: 'day' });
  assert.equal(series.reduce((n, r) => n + r.events, 0), 1, 'the rollup follows the recode');
  await store.close();
});

test('dyad recode refuses --date: each document keeps its own', async () => {
  const io = memoryIo();
  assert.equal(await main(['recode', '--date', '2026-01-01', '--db', join(tmpdir(), 'unused.db')], io), 1);
  assert.match(io.stderr, /E_USAGE: recode keeps each stored document's own date/);
});
