/** How the logical schema (../schema.ts) lands in PostgreSQL, and how to read the live one back. */
import type pg from 'pg';
import type { TableName } from '../schema.js';

export const postgresTypes = {
  key: 'bigint', text: 'text', int: 'integer', real: 'double precision', bool: 'boolean', json: 'jsonb',
} as const;

/** Columns only PostgreSQL has (the generated full-text vector). */
const DRIVER_COLUMNS = new Set(['tsv']);

export async function describeTable(client: pg.Pool, schemaName: string, table: TableName): Promise<{ name: string; type: string; nullable: boolean }[]> {
  const r = await client.query(`SELECT column_name, data_type, is_nullable FROM information_schema.columns
    WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`, [schemaName, table]);
  return r.rows
    .filter((c) => !DRIVER_COLUMNS.has(c.column_name))
    .map((c) => ({ name: c.column_name, type: c.data_type, nullable: c.is_nullable === 'YES' }));
}
