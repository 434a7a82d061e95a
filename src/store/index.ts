/** The event store's public surface. */
export type * from './types.js';
export { MAX_EVENT_LIMIT } from './types.js';
export { openStore, storeUrl } from './open.js';
export { openSqlite, SqliteStore } from './sqlite/driver.js';
export { openPostgres, PostgresStore } from './postgres/driver.js';
export { bandKeys, minhash, similarity } from './minhash.js';
export { textHash } from './rows.js';
