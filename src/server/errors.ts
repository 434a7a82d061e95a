/**
 * Every API error is JSON `{"error": {"code", "message"}}` with a stable code (docs/api.md). Routes
 * throw HttpError or DyadError; `errorResponse` is the one place that maps them to a status.
 * An unexpected error is a 500 E_INTERNAL whose message says nothing about the server's insides.
 */
import { isDyadError } from '../util/errors.js';

export type ApiErrorCode =
  | 'E_USAGE' | 'E_NOT_FOUND' | 'E_UNAUTHORIZED' | 'E_FORBIDDEN' | 'E_TOO_LARGE' | 'E_TIMEOUT'
  | 'E_INPUT' | 'E_FETCH' | 'E_NOT_IMPLEMENTED' | 'E_STORE' | 'E_INTERNAL';

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export const usage = (message: string) => new HttpError(400, 'E_USAGE', message);
export const notFound = (message: string) => new HttpError(404, 'E_NOT_FOUND', message);

/** DyadError codes a client causes, with the status and API code they become. */
const CLIENT: Record<string, [number, ApiErrorCode]> = {
  E_USAGE: [400, 'E_USAGE'],
  E_INPUT: [400, 'E_INPUT'], E_ENCODING: [400, 'E_INPUT'], E_BINARY: [400, 'E_INPUT'], E_LANGUAGE: [400, 'E_INPUT'],
  E_DICTIONARY: [400, 'E_INPUT'], E_XML: [400, 'E_INPUT'],
  E_TOO_LARGE: [413, 'E_TOO_LARGE'],
  E_FETCH: [502, 'E_FETCH'], E_PRIVATE_ADDRESS: [400, 'E_FETCH'],
};

export interface ErrorBody { error: { code: ApiErrorCode; message: string } }

export function errorBody(code: ApiErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** The status and body for anything a route threw; `internal` is told what the client is not. */
export function errorResponse(e: unknown, internal: (e: unknown) => void): { status: number; body: ErrorBody } {
  if (e instanceof HttpError) return { status: e.status, body: errorBody(e.code, e.message) };
  if (isDyadError(e)) {
    const client = CLIENT[e.code];
    if (client) return { status: client[0], body: errorBody(client[1], e.message) };
    if (e.code === 'E_TIMEOUT') return { status: 503, body: errorBody('E_TIMEOUT', e.message) };
    internal(e);
    return { status: 500, body: errorBody(e.code === 'E_STORE' ? 'E_STORE' : 'E_INTERNAL', e.code === 'E_STORE' ? 'database error' : 'internal error') };
  }
  internal(e);
  return { status: 500, body: errorBody('E_INTERNAL', 'internal error') };
}
