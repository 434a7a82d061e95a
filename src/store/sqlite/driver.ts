/**
 * The SQLite driver (the default): one file, WAL so readers never block the writer, busy_timeout
 * and BEGIN IMMEDIATE so several processes can write the same file (they take turns, none fails
 * with SQLITE_BUSY while the wait is under the timeout). Each write is one transaction, so a
 * process killed mid-batch leaves whole documents or none.
 */
import Database from 'better-sqlite3';
import { DyadError, isDyadError } from '../../util/errors.js';
import { SqlStore } from '../core.js';
import type { Backend, Conn, Dialect, Params } from '../dialect.js';
import { fts5Query, type FtsTerm } from '../fts-query.js';
import type { TableName } from '../schema.js';
import { migrations } from './migrations.js';
import { describeTable } from './schema.js';

export interface SqliteOptions {
  /** How long a writer waits for another process's transaction, in ms (default 30000). */
  busyTimeoutMs?: number;
  readonly?: boolean;
  /** Page cache in MiB (default 64): the event indexes are written in random key order. */
  cacheMiB?: number;
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  placeholder: () => '?',
  bool: (b) => (b ? 1 : 0),
  boolSql: (b) => (b ? '1' : '0'),
  ftsKeys: (terms: FtsTerm[], p: Params) => `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${p.add(fts5Query(terms))}`,
  ftsSearch: (terms: FtsTerm[], limit: number, p: Params) => `SELECT d.id, d.title, d.published,
      snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
    FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid
    WHERE documents_fts MATCH ${p.add(fts5Query(terms))} ORDER BY rank LIMIT ${p.add(limit)}`,
};

class SqliteBackend implements Backend {
  readonly dialect = sqliteDialect;
  readonly read: Conn;
  private readonly statements = new Map<string, Database.Statement>();
  /** Transactions of this connection run one after another (statements of two would interleave). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database, private readonly file: string) {
    this.read = {
      all: async (sql, params = []) => this.guard(() => this.stmt(sql).all(...params) as Record<string, unknown>[]),
      run: async (sql, params = []) => this.guard(() => this.stmt(sql).run(...params).changes),
      insertMany: async (table, columns, rows) => this.guard(() => {
        const s = this.stmt(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const r of rows) s.run(...r);
      }),
      indexText: async (key, title, text) => this.guard(() => {
        this.stmt('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(key, title, text);
      }),
    };
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) { s = this.db.prepare(sql); this.statements.set(sql, s); }
    return s;
  }

  /** Database errors become E_STORE naming the file; our own errors pass through. */
  guard<T>(fn: () => T): T {
    try { return fn(); } catch (e) { throw storeError(e, this.file); }
  }

  transaction<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
    const run = async () => {
      this.guard(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const r = await fn(this.read);
        this.guard(() => this.db.exec('COMMIT'));
        return r;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  async schemaVersion(): Promise<number> {
    return this.guard(() => {
      const exists = this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
      if (!exists) return 0;
      return (this.db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
    });
  }

  async migrate(): Promise<void> {
    await this.transaction(async () => this.guard(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const current = (this.db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
      const latest = migrations[migrations.length - 1].version;
      if (current > latest) {
        throw new DyadError('E_STORE', `database schema version ${current} is newer than this dyad knows (${latest}); upgrade dyad`, { file: this.file });
      }
      for (const m of migrations) {
        if (m.version <= current) continue;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
    }));
  }

  async describe(table: TableName) { return this.guard(() => describeTable(this.db, table)); }

  async close(): Promise<void> {
    await this.queue;
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  /** For tests and `dyad store check`: SQLite's own consistency check. */
  integrityCheck(): string[] {
    return this.guard(() => (this.db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check));
  }
}

function storeError(e: unknown, file: string): unknown {
  if (isDyadError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DyadError('E_STORE', `sqlite: ${message}`, { file, cause: e });
}

export class SqliteStore extends SqlStore {
  constructor(private readonly sqlite: SqliteBackend) { super(sqlite); }
  integrityCheck(): string[] { return this.sqlite.integrityCheck(); }
}

/**
 * Runs fn again while SQLite answers SQLITE_BUSY, up to `ms`. Switching a new file to WAL while
 * another process opens it can fail at once without consulting the busy timeout (two ingest
 * workers starting together on a fresh store: "database is locked").
 */
function whileBusy<T>(fn: () => T, ms: number): T {
  const deadline = Date.now() + ms;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw e;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/** Opens (creating if needed) a SQLite store file; call migrate() before use. */
export function openSqlite(file: string, opts: SqliteOptions = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    const busyMs = Math.max(0, Math.floor(opts.busyTimeoutMs ?? 30_000));
    db.pragma(`busy_timeout = ${busyMs}`);
    if (!opts.readonly) whileBusy(() => db.pragma('journal_mode = WAL'), busyMs);
    // NORMAL in WAL mode: a crash of the process never corrupts or loses a commit; power loss may lose the last ones.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = ${-1024 * Math.max(2, Math.floor(opts.cacheMiB ?? 64))}`);
    db.pragma('temp_store = MEMORY');
  } catch (e) {
    throw storeError(e, file);
  }
  return new SqliteStore(new SqliteBackend(db, file));
}
