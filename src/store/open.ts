/**
 * openStore(url): 'postgres://…' or 'postgresql://…' opens PostgreSQL; anything else is a SQLite
 * file path; nothing means $DYAD_DB, else ./dyad.db. Migrations are applied before it returns.
 */
import { openPostgres } from './postgres/driver.js';
import { openSqlite } from './sqlite/driver.js';
import type { Store } from './types.js';

export function storeUrl(url?: string): string {
  return url ?? process.env.DYAD_DB ?? './dyad.db';
}

export async function openStore(url?: string): Promise<Store> {
  const target = storeUrl(url);
  const store = /^postgres(ql)?:\/\//i.test(target) ? openPostgres(target) : openSqlite(target.replace(/^sqlite:(\/\/)?/i, ''));
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
