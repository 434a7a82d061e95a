/** Caps on a request's store work: a query that runs past its time is answered 503 E_TIMEOUT. */
import { HttpError } from './errors.js';
import type { ServerContext } from './context.js';

export async function capped<T>(ctx: ServerContext, work: Promise<T>): Promise<T> {
  const ms = ctx.queryTimeoutMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, 'E_TIMEOUT', `the query took longer than ${ms} ms; narrow it`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
