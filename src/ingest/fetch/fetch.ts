/**
 * Fetches one URL with limits: http and https only; every host checked before connecting (IP
 * literals here, names in the guarded lookup) and the connected peer checked again; redirects
 * followed by hand (at most `maxRedirects`, each hop checked like the first); gzip, deflate and
 * brotli decoded as a stream with a cap on the decoded bytes (a gzip bomb stops at the cap);
 * one deadline for the whole fetch, redirects included. Errors are DyadErrors naming the URL:
 * E_FETCH, E_PRIVATE_ADDRESS, E_TOO_LARGE, E_TIMEOUT.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { DyadError, isDyadError } from '../../util/errors.js';
import { isIpLiteral, refusal } from './address.js';
import { guardedLookup, guardSocket, privateAddressError, systemResolver, type Resolver } from './guard.js';

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (a user's intranet). Default false. */
  allowPrivate?: boolean;
  /** Addresses allowed although not public (one intranet host), in any literal form. */
  allowAddresses?: readonly string[];
  /** Whole fetch, redirects included. Default 30 s. */
  timeoutMs?: number;
  /** Cap on the decoded body. Default 10 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Host name resolver (default: the system's). Every address it returns is checked. */
  resolver?: Resolver;
}

export interface FetchResult {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  redirects: string[];
  status: number;
  /** The Content-Type header, lower-cased, parameters included; null if absent. */
  contentType: string | null;
  body: Buffer;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'dyad/0.1 (political event coder; fetches only the pages and feeds its user names, one at a time)',
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Hop { status: number; headers: http.IncomingHttpHeaders; body: Buffer | null }

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  // Field by field, so an option given as undefined keeps its default.
  const o: Resolved = {
    timeoutMs: opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs, maxBytes: opts.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects, userAgent: opts.userAgent ?? FETCH_DEFAULTS.userAgent,
    resolver: opts.resolver ?? systemResolver, allowPrivate: opts.allowPrivate ?? false, allowAddresses: opts.allowAddresses ?? [],
  };
  const deadline = Date.now() + o.timeoutMs;
  const redirects: string[] = [];
  let current = parseUrl(url, url);
  for (;;) {
    const hop = await requestOnce(current, o, deadline, url);
    const location = hop.headers.location;
    if (REDIRECTS.has(hop.status) && location) {
      if (redirects.length >= o.maxRedirects) throw new DyadError('E_FETCH', `more than ${o.maxRedirects} redirects`, { file: url });
      current = parseUrl(location, url, current);
      redirects.push(current.href);
      continue;
    }
    if (hop.status < 200 || hop.status >= 300 || !hop.body) {
      const via = redirects.length ? ` (from ${current.href})` : '';
      throw new DyadError('E_FETCH', `HTTP ${hop.status}${via}`, { file: url });
    }
    const type = hop.headers['content-type'];
    return { requestedUrl: url, url: current.href, redirects, status: hop.status, contentType: type ? type.toLowerCase() : null, body: hop.body };
  }
}

function parseUrl(target: string, url: string, base?: URL): URL {
  let u: URL;
  try { u = new URL(target, base); } catch { throw new DyadError('E_FETCH', `not a valid URL: ${JSON.stringify(target)}`, { file: url }); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new DyadError('E_FETCH', `only http and https can be fetched, not ${u.protocol.replace(/:$/, '')}${base ? ` (redirect to ${u.href})` : ''}`, { file: url });
  }
  return u;
}

type Resolved = typeof FETCH_DEFAULTS & { resolver: Resolver; allowPrivate: boolean; allowAddresses: readonly string[] };

function requestOnce(u: URL, o: Resolved, deadline: number, url: string): Promise<Hop> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIpLiteral(host)) {
    const why = refusal(host, o);
    if (why) return Promise.reject(privateAddressError(url, host, host, why));
  }
  return new Promise<Hop>((resolve, reject) => {
    const lib = u.protocol === 'https:' ? https : http;
    const req = lib.request(u, {
      agent: false, lookup: guardedLookup(url, o.resolver, o),
      headers: {
        'user-agent': o.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const timer = setTimeout(() => req.destroy(new DyadError('E_TIMEOUT', `no complete answer within ${o.timeoutMs} ms`, { file: url })), Math.max(0, deadline - Date.now()));
    const fail = (e: unknown): void => { clearTimeout(timer); reject(asFetchError(e, url)); };
    req.on('socket', (s) => guardSocket(s, url, host, o));
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) || status < 200 || status >= 300) {
        clearTimeout(timer);
        res.resume();
        req.destroy();
        resolve({ status, headers: res.headers, body: null });
        return;
      }
      readBody(res, o.maxBytes, url).then((body) => { clearTimeout(timer); resolve({ status, headers: res.headers, body }); }, (e: unknown) => { req.destroy(); fail(e); });
    });
    req.end();
  });
}

/** The response body, decoded per Content-Encoding, refused past `maxBytes` decoded bytes. */
function readBody(res: http.IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = (): DyadError => new DyadError('E_TOO_LARGE', `body over ${maxBytes} bytes`, { file: url });
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise<Buffer>((resolve, reject) => {
    let stream: Readable;
    try { stream = decoder(res, encoding, url); } catch (e) { reject(e); return; }
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (c: Buffer) => {
      total += c.length;
      if (total > maxBytes) { reject(tooLarge()); stream.destroy(); res.destroy(); return; }
      chunks.push(c);
    });
    stream.on('error', (e) => reject(new DyadError('E_FETCH', `could not decode the ${encoding} body: ${e.message}`, { file: url, cause: e })));
    res.on('error', reject);
    res.on('aborted', () => reject(new DyadError('E_FETCH', 'the connection closed before the body ended', { file: url })));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function decoder(res: http.IncomingMessage, encoding: string, url: string): Readable {
  switch (encoding) {
    case 'identity': case '': return res;
    case 'gzip': case 'x-gzip': return res.pipe(zlib.createGunzip());
    case 'br': return res.pipe(zlib.createBrotliDecompress());
    case 'deflate': return res.pipe(zlib.createUnzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    default: throw new DyadError('E_FETCH', `unsupported Content-Encoding ${encoding}`, { file: url });
  }
}

function asFetchError(e: unknown, url: string): DyadError {
  if (isDyadError(e)) return e;
  const err = e as NodeJS.ErrnoException;
  return new DyadError('E_FETCH', `${err.code ? `${err.code}: ` : ''}${err.message}`, { file: url, cause: e });
}
