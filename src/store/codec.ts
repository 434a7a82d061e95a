/** Row values to and from the database, by the column types in schema.ts. */
import type { Dialect } from './dialect.js';
import { schema, type NewRow, type Row, type TableName } from './schema.js';

export function encodeRow<T extends TableName>(dialect: Dialect, table: T, columns: string[], row: Partial<NewRow<T>>): unknown[] {
  const cols = schema[table] as Record<string, { type: string }>;
  const r = row as Record<string, unknown>;
  return columns.map((name) => {
    const v = r[name];
    if (v === null || v === undefined) return null;
    switch (cols[name].type) {
      case 'bool': return dialect.bool(Boolean(v));
      case 'json': return JSON.stringify(v);
      default: return v;
    }
  });
}

/** A raw database row (SQLite: 0/1 and JSON text; PostgreSQL: booleans, parsed JSONB) decoded. */
export function decodeRow<T extends TableName>(table: T, raw: Record<string, unknown>): Row<T> {
  const cols = schema[table] as Record<string, { type: string }>;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(raw)) {
    const type = cols[name]?.type;
    if (v === null || v === undefined || type === undefined) { out[name] = v ?? null; continue; }
    if (type === 'bool') out[name] = v === true || v === 1 || v === '1';
    else if (type === 'json') out[name] = typeof v === 'string' ? JSON.parse(v) : v;
    else if (type === 'int' || type === 'key' || type === 'real') out[name] = Number(v);
    else out[name] = v;
  }
  return out as Row<T>;
}
