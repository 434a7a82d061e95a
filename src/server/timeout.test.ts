import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildBenchStore } from '../../bench/store.js';
import { openSqlite, type SqliteStore } from '../store/sqlite/driver.js';
import { startServer, type Running } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-timeout-'));
const file = join(dir, 'big.db');
let store: SqliteStore;
let server: Running;

before(async () => {
  await buildBenchStore(file, 50_000);
  store = openSqlite(file);
  await store.migrate();
  server = await startServer({
    store, readFile: file, queryTimeoutMs: 25, overlayFile: join(dir, 'o.jsonl'), webDir: null,
    coderVersion: () => 'test', loadCoder: () => { throw new Error('no writes here'); },
  }, '127.0.0.1', 0);
});
after(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a read past the time cap is stopped: 503 E_TIMEOUT, and the server goes on answering', async () => {
  const t = performance.now();
  const slow = fetch(`${server.url}/api/actors`);
  // While the worker is busy the main thread still serves what needs no store.
  const page = await fetch(`${server.url}/`);
  assert.equal(page.status, 200);
  const r = await slow;
  assert.equal(r.status, 503);
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'E_TIMEOUT');
  assert.ok(performance.now() - t < 2000);
  // The next read runs on a fresh worker. Its first query is cold (a new thread, a cold statement
  // cache) and may itself pass the 25 ms cap on a loaded machine, so allow a few fresh workers.
  let ok = 0;
  for (let i = 0; i < 20 && ok === 0; i++) {
    if ((await fetch(`${server.url}/api/documents?limit=1`)).status === 200) ok++;
    else await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(ok, 1);
});
