/**
 * The worker thread that runs the API's reads on a SQLite file (SQLite calls are synchronous: on
 * the main thread a slow query would stall every request). One connection; requests in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../store/sqlite/driver.js';
import { isDyadError } from '../util/errors.js';

export interface ReadRequest { id: number; method: string; args: unknown[] }
export type ReadReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; code: string; message: string; dyad: boolean };

const store = openSqlite((workerData as { file: string }).file);
const port = parentPort!;
// Boot time is not query time: the parent starts its clock when this arrives.
port.postMessage({ ready: true });

port.on('message', async (m: ReadRequest) => {
  try {
    const fn = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[m.method];
    port.postMessage({ id: m.id, ok: true, result: await fn.apply(store, m.args) } satisfies ReadReply);
  } catch (e) {
    const reply: ReadReply = isDyadError(e)
      ? { id: m.id, ok: false, code: e.code, message: e.message, dyad: true }
      : { id: m.id, ok: false, code: 'E_INTERNAL', message: e instanceof Error ? e.message : String(e), dyad: false };
    port.postMessage(reply);
  }
});
