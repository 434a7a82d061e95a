/**
 * The PostgreSQL driver. Each store lives in one schema (option `schema`, or `?schema=` in the
 * URL; default public), set as the connections' search_path, so test runs and tenants can each
 * have their own and drop it after.
 */
import pg from 'pg';
import { DyadError, isDyadError } from '../../util/errors.js';
import { SqlStore } from '../core.js';
import type { Backend, Conn, Dialect, Params } from '../dialect.js';
import type { FtsTerm } from '../fts-query.js';
import type { TableName } from '../schema.js';
import { migrations } from './migrations.js';
import { describeTable } from './schema.js';

export interface PostgresOptions {
  /** Schema holding the store's tables (overrides `?schema=` in the URL). */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** PostgreSQL's limit is 65535 parameters per statement. */
const MAX_PARAMS = 60_000;
const DEADLOCK = '40P01';
const RETRIES = 3;

function tsquery(terms: FtsTerm[], p: Params): string {
  return terms.map((t) => `${t.words.length === 1 ? 'plainto_tsquery' : 'phraseto_tsquery'}('english', ${p.add(t.words.join(' '))})`).join(' && ');
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  placeholder: (n) => `$${n}`,
  bool: (b) => b,
  boolSql: (b) => (b ? 'TRUE' : 'FALSE'),
  ftsKeys: (terms, p) => `SELECT key FROM documents WHERE tsv @@ (${tsquery(terms, p)})`,
  // Headlines are made for the page of hits only: ts_headline re-parses the text.
  ftsSearch: (terms, limit, p) => `SELECT id, title, published,
      ts_headline('english', left(text, 20000), q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') AS snippet
    FROM (SELECT d.id, d.title, d.published, d.text, q, ts_rank(d.tsv, q) AS r
      FROM documents d, (SELECT ${tsquery(terms, p)} AS q) qq WHERE d.tsv @@ q ORDER BY r DESC, d.key LIMIT ${p.add(limit)}) hits
    ORDER BY r DESC`,
};

function storeError(e: unknown, where: string): unknown {
  if (isDyadError(e)) return e;
  const message = e instanceof Error ? e.message || String((e as { code?: string }).code ?? e) : String(e);
  return new DyadError('E_STORE', `postgres ${where}: ${message}`, { cause: e });
}

function conn(client: pg.Pool | pg.PoolClient, where: string): Conn {
  const q = async (sql: string, params: unknown[] = []) => {
    try { return await client.query(sql, params); } catch (e) { throw storeError(e, where); }
  };
  return {
    all: async (sql, params) => (await q(sql, params)).rows,
    run: async (sql, params) => (await q(sql, params)).rowCount ?? 0,
    insertMany: async (table, columns, rows) => {
      const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        let n = 0;
        const values = chunk.map((r) => `(${r.map(() => `$${++n}`).join(', ')})`).join(', ');
        await q(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
      }
    },
    indexText: async () => { /* documents.tsv is a generated column */ },
  };
}

class PostgresBackend implements Backend {
  readonly dialect = postgresDialect;
  readonly read: Conn;

  constructor(private readonly pool: pg.Pool, readonly schemaName: string, private readonly where: string) {
    this.read = conn(pool, where);
  }

  async transaction<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try { client = await this.pool.connect(); } catch (e) { throw storeError(e, this.where); }
      // A checked-out client whose connection drops (server restart) emits 'error': the query in
      // progress reports it; without a listener it would crash the process.
      let lost: unknown = null;
      const onError = (e: unknown) => { lost = e; };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const r = await fn(conn(client, this.where));
        await client.query('COMMIT');
        return r;
      } catch (e) {
        if (!lost) await client.query('ROLLBACK').catch(() => undefined);
        // Two writers upserting the same rollup or actor-code rows in different orders can deadlock; one is chosen to fail and is retried.
        const code = (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
        if (code === DEADLOCK && attempt < RETRIES) continue;
        throw storeError(e, this.where);
      } finally {
        client.off('error', onError);
        // A broken connection is destroyed, not returned to the pool.
        client.release(lost ? (lost as Error) : undefined);
      }
    }
  }

  async schemaVersion(): Promise<number> {
    const r = await this.read.all(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
    if (!r[0].present) return 0;
    return Number((await this.read.all('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations'))[0].v);
  }

  async migrate(): Promise<void> {
    const s = `"${this.schemaName}"`;
    await this.transaction(async (c) => {
      // Serialises concurrent migrations of the same schema (several workers starting at once).
      await c.run(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`dyad-migrate:${this.schemaName}`]);
      await c.run(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await c.run(`SET LOCAL search_path TO ${s}`);
      await c.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const current = Number((await c.all('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations'))[0].v);
      const latest = migrations[migrations.length - 1].version;
      if (current > latest) throw new DyadError('E_STORE', `postgres schema ${this.schemaName} is at version ${current}, newer than this dyad knows (${latest}); upgrade dyad`);
      for (const m of migrations) {
        if (m.version <= current) continue;
        await c.run(m.sql);
        await c.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      }
    });
  }

  async describe(table: TableName) {
    try { return await describeTable(this.pool, this.schemaName, table); } catch (e) { throw storeError(e, this.where); }
  }

  async dropSchema(): Promise<void> {
    await this.read.run(`DROP SCHEMA IF EXISTS "${this.schemaName}" CASCADE`);
  }

  async close(): Promise<void> { await this.pool.end(); }
}

export class PostgresStore extends SqlStore {
  constructor(private readonly pgBackend: PostgresBackend) { super(pgBackend); }
  get schemaName(): string { return this.pgBackend.schemaName; }
  /** Drops the store's schema with everything in it (test runs clean up with this). */
  dropSchema(): Promise<void> { return this.pgBackend.dropSchema(); }
}

/** BIGINT (COUNT, keys) as JS numbers: counts and keys stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Opens a PostgreSQL store (postgres://user@host:port/db?schema=name); call migrate() before use. */
export function openPostgres(url: string, opts: PostgresOptions = {}): PostgresStore {
  let parsed: URL;
  try { parsed = new URL(url); } catch { throw new DyadError('E_USAGE', `not a PostgreSQL URL: ${url}`); }
  const schemaName = opts.schema ?? parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schemaName)) throw new DyadError('E_USAGE', `not a valid schema name (letters, digits, _): ${JSON.stringify(schemaName)}`);
  parsed.searchParams.delete('schema');
  const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const pool = new pg.Pool({
    connectionString: parsed.toString(), max: opts.max ?? 4, types,
    options: `-c search_path="${schemaName}"`,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client's connection dropping (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return new PostgresStore(new PostgresBackend(pool, schemaName, where));
}
