/**
 * Telling "the store is down, try again" from "this document cannot be coded": a lost or refused
 * database connection is retried by the worker while it keeps the message; anything else counts
 * as a failed delivery (and after max_deliver, a dead letter).
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN',
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection failures, too many connections.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300',
]);

export function isStoreUnavailable(e: unknown): boolean {
  // The store wraps driver errors (DyadError E_STORE with the driver's error as its cause).
  for (let err = e as { code?: unknown; message?: unknown; cause?: unknown } | null, depth = 0; err && depth < 4; err = err.cause as typeof err, depth++) {
    if (typeof err.code === 'string' && CONNECTION_CODES.has(err.code)) return true;
    const msg = typeof err.message === 'string' ? err.message : '';
    if (/Connection terminated|connection error|terminating connection|timeout exceeded when trying to connect|Client was closed|ECONNREFUSED|ECONNRESET/i.test(msg)) return true;
  }
  return false;
}

/** Waits ms, or less if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() { clearTimeout(t); signal?.removeEventListener('abort', done); resolve(); }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Exponential back-off: 250 ms doubling up to 5 s. */
export function backoffMs(attempt: number): number {
  return Math.min(5000, 250 * 2 ** Math.min(attempt, 10));
}
