/**
 * Bearer-token check for the write endpoints: 401 without a token (or when the server has none),
 * 403 with a wrong one. Both sides are hashed first so the comparison is constant-time whatever
 * the lengths. The token is never logged or echoed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token && token.length > 0 ? token : null;
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new HttpError(401, 'E_UNAUTHORIZED', 'this endpoint needs Authorization: Bearer <token>');
    if (expected === null) throw new HttpError(401, 'E_UNAUTHORIZED', 'writing is disabled: the server was started without DYAD_TOKEN');
    if (!tokenMatches(m[1], expected)) throw new HttpError(403, 'E_FORBIDDEN', 'wrong token');
    await next();
  };
}
