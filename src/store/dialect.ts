/**
 * What differs between the SQL of the two drivers, and the connection shape the shared store
 * core (core.ts) runs its SQL through. Everything else (upserts, RETURNING, NULLS LAST) is SQL
 * both SQLite 3.35+ and PostgreSQL accept.
 */
import type { FtsTerm } from './fts-query.js';
import type { TableName } from './schema.js';

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** The n-th (1-based) parameter placeholder. */
  placeholder(n: number): string;
  /** A boolean as a parameter value. */
  bool(b: boolean): unknown;
  /** A boolean literal in SQL text. */
  boolSql(b: boolean): string;
  /** A SELECT of the keys of documents matching a full-text query. */
  ftsKeys(terms: FtsTerm[], p: Params): string;
  /** A full-text search: rows {id, title, published, snippet}, best first. */
  ftsSearch(terms: FtsTerm[], limit: number, p: Params): string;
}

/** Collects parameter values and hands out the matching placeholders. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(v: unknown): string {
    this.values.push(v);
    return this.dialect.placeholder(this.values.length);
  }
  list(vs: readonly unknown[]): string {
    return vs.map((v) => this.add(v)).join(', ');
  }
}

/** A connection (or an open transaction) the core runs SQL on. Values are already encoded. */
export interface Conn {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a statement, returns the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Inserts many rows of one table (values in `columns` order, encoded). */
  insertMany(table: TableName, columns: string[], rows: unknown[][]): Promise<void>;
  /** Indexes a newly stored document for full-text search, where the database does not do it itself. */
  indexText(docKey: number, title: string | null, text: string): Promise<void>;
}

export interface Backend {
  readonly dialect: Dialect;
  readonly read: Conn;
  migrate(): Promise<void>;
  schemaVersion(): Promise<number>;
  /** Runs fn in one write transaction; rolls back if it throws. */
  transaction<T>(fn: (c: Conn) => Promise<T>): Promise<T>;
  /** The live database's columns of a table (for the schema drift check). */
  describe(table: TableName): Promise<{ name: string; type: string; nullable: boolean }[]>;
  close(): Promise<void>;
}
