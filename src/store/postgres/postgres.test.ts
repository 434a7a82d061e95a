/**
 * The contract against a real PostgreSQL (CI starts one; locally 127.0.0.1:5432, trust auth).
 * Unreachable server = failure, never a skip. Each store gets its own schema, dropped after.
 * DYAD_TEST_PG overrides the URL.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { isDyadError } from '../../util/errors.js';
import { storeContract } from '../contract.js';
import { openStore } from '../open.js';
import { columnsOf, schema, type TableName } from '../schema.js';
import { openPostgres, type PostgresStore } from './driver.js';
import { postgresTypes } from './schema.js';

const BASE = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = `dyad_test_${process.pid}_${randomBytes(3).toString('hex')}`;
let n = 0;
const open = (): PostgresStore => openPostgres(BASE, { schema: `${run}_${++n}` });

before(async () => {
  // Fail loudly and early when the server is not there.
  const probe = open();
  try { await probe.migrate(); await probe.dropSchema(); } finally { await probe.close(); }
});

storeContract('postgres', async () => {
  const store = open();
  await store.migrate();
  return { store, done: async () => { try { await store.dropSchema(); } finally { await store.close(); } } };
});

describe('postgres driver', () => {
  const stores: PostgresStore[] = [];
  after(async () => { for (const s of stores) { await s.dropSchema().catch(() => undefined); await s.close(); } });

  test('columns have the PostgreSQL types of their logical types', async () => {
    const store = open();
    stores.push(store);
    await store.migrate();
    for (const table of Object.keys(schema) as TableName[]) {
      const live = await store.describe(table);
      // Keys and the columns referring to them are bigint; the logical type says "int".
      const expected = columnsOf(table).map((c) => (c.name === 'doc_key' ? 'bigint' : postgresTypes[c.type]));
      assert.deepEqual(live.map((c) => c.type), expected, table);
    }
  });

  test('migrations from several connections at once apply once', async () => {
    const schemaName = `${run}_concurrent`;
    const a = openPostgres(BASE, { schema: schemaName });
    const b = openPostgres(`${BASE}?schema=${schemaName}`);
    stores.push(a, b);
    await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
    assert.equal((await b.stats()).schemaVersion, 2);
    assert.equal(b.schemaName, schemaName);
  });

  test('openStore picks PostgreSQL for a postgres:// URL; a bad schema name or dead server is a clear error', async () => {
    const s = await openStore(`${BASE}?schema=${run}_open`);
    assert.equal(s.driver, 'postgres');
    stores.push(s as PostgresStore);
    await assert.rejects(openStore(`${BASE}?schema=x;drop`), (e: unknown) => isDyadError(e) && e.code === 'E_USAGE');
    await assert.rejects(openStore('postgres://postgres@127.0.0.1:1/test'), (e: unknown) => isDyadError(e) && e.code === 'E_STORE' && /127\.0\.0\.1:1/.test((e as Error).message));
  });
});
