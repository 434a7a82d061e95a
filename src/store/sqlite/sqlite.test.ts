import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { isDyadError } from '../../util/errors.js';
import { assertRollupConsistent, storeContract } from '../contract.js';
import { openStore } from '../open.js';
import { columnsOf, schema, type TableName } from '../schema.js';
import { openSqlite } from './driver.js';
import { sqliteTypes } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `store-${++n}.db`);

storeContract('sqlite', async () => {
  const file = freshFile();
  const store = openSqlite(file);
  await store.migrate();
  return { store, done: () => store.close() };
});

const writer = fileURLToPath(new URL('../testing/writer.js', import.meta.url));

function runWriter(file: string, worker: string, count: number, batch = 1) {
  const child = spawn(process.execPath, [writer, file, worker, String(count), String(batch)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

describe('sqlite driver', () => {
  test('columns have the SQLite types of their logical types', async () => {
    const store = openSqlite(freshFile());
    await store.migrate();
    for (const table of Object.keys(schema) as TableName[]) {
      const live = await store.describe(table);
      assert.deepEqual(live.map((c) => c.type), columnsOf(table).map((c) => sqliteTypes[c.type]), table);
    }
    await store.close();
  });

  test('two processes writing one file at once: both finish, nothing lost or doubled', async () => {
    const file = freshFile();
    const a = runWriter(file, 'A', 200);
    const b = runWriter(file, 'B', 200);
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const store = openSqlite(file);
    const st = await store.stats();
    assert.equal(st.documents, 400);
    assert.equal(st.events, 800);
    assert.deepEqual(store.integrityCheck(), ['ok']);
    await assertRollupConsistent(store);
    await store.close();
  });

  test('a writer killed with SIGKILL mid-batch leaves a sound file and only whole documents', async () => {
    const file = freshFile();
    // Several kills at different moments of a batch, each writer resuming on the file the last one left.
    for (const [round, delayMs] of [5, 20, 45].entries()) {
      const w = runWriter(file, `K${round}`, 0, 150);
      let out = '';
      await new Promise<void>((resolve) => w.child.stdout.on('data', (d) => {
        out += d;
        if ((out.match(/committed/g) ?? []).length >= 2) resolve();
      }));
      await new Promise((r) => setTimeout(r, delayMs));
      w.child.kill('SIGKILL');
      const r = await w.exited;
      assert.equal(r.signal, 'SIGKILL', r.stderr);
    }
    const db = new Database(file);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const orphans = db.prepare(`SELECT COUNT(*) AS n FROM documents d WHERE (SELECT COUNT(*) FROM events e WHERE e.doc_key = d.key) <> 2`).get() as { n: number };
    assert.equal(orphans.n, 0, 'every synthetic document has exactly its two events');
    const docs = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    assert.equal(docs % 150, 0, 'whole batches only');
    assert.ok(docs >= 900, `${docs} documents`);
    db.close();
    const store = openSqlite(file);
    await assertRollupConsistent(store);
    await store.close();
  });

  test('openStore: a path is SQLite; an unusable path or a non-database file is E_STORE', async () => {
    const file = freshFile();
    const store = await openStore(file);
    assert.equal(store.driver, 'sqlite');
    assert.equal((await store.stats()).schemaVersion, 2);
    await store.close();
    const isStore = (e: unknown) => isDyadError(e) && e.code === 'E_STORE';
    await assert.rejects(openStore(join(dir, 'no', 'such', 'dir', 'x.db')), isStore);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just some text long enough to have a header...'.repeat(20));
    await assert.rejects(openStore(junk), (e: unknown) => isStore(e) && /junk\.db/.test((e as Error).message));
  });
});
