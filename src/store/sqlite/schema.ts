/** How the logical schema (../schema.ts) lands in SQLite, and how to read the live one back. */
import type Database from 'better-sqlite3';
import type { TableName } from '../schema.js';

/** SQLite column type for each logical type. */
export const sqliteTypes = {
  key: 'INTEGER', text: 'TEXT', int: 'INTEGER', real: 'REAL', bool: 'INTEGER', json: 'TEXT',
} as const;

export function describeTable(db: Database.Database, table: TableName): { name: string; type: string; nullable: boolean }[] {
  const rows = db.prepare(`SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(table) as
    { name: string; type: string; nn: number; pk: number }[];
  // An INTEGER PRIMARY KEY is the rowid alias: never null, even though SQLite reports notnull 0.
  return rows.map((r) => ({ name: r.name, type: r.type, nullable: r.nn === 0 && !(r.pk > 0 && r.type === 'INTEGER') }));
}
