/**
 * What a fetched body is: a feed (RSS/Atom, by media type or by its root element), an HTML page,
 * plain text, or something we read as a file would be read (JSON Lines, PETRARCH XML); media
 * that are never text (images, PDF, archives) are refused before decoding.
 */
import { DyadError } from '../../util/errors.js';
import { looksLikeFeed } from './feed.js';

export type FetchedKind = 'feed' | 'html' | 'text' | 'other';

const FEED_TYPES = /^application\/(?:rss|atom|rdf)\+xml\b/;
const XML_TYPES = /^(?:application|text)\/(?:[\w.+-]+\+)?xml\b/;
const NOT_TEXT = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream|x-tar|vnd\.)/;

export function classifyFetched(contentType: string | null, body: Buffer, url: string): FetchedKind {
  const type = (contentType ?? '').split(';')[0].trim();
  if (NOT_TEXT.test(type)) throw new DyadError('E_FETCH', `not a page or a feed (Content-Type ${type})`, { file: url });
  const head = body.subarray(0, 4096).toString('latin1');
  if (FEED_TYPES.test(type)) return 'feed';
  if ((XML_TYPES.test(type) || !type || type === 'text/plain') && looksLikeFeed(head)) return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return 'other';
}

/** The charset named in a Content-Type header, when it is not UTF-8 (or ASCII, a subset). */
export function headerCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  if (!m || /^(?:utf-?8|us-ascii|ascii)$/i.test(m[1])) return null;
  return m[1];
}

/** Re-encodes a body in a declared non-UTF-8 charset as UTF-8; leaves it alone if that fails. */
export function toUtf8(body: Buffer, charset: string | null): Buffer {
  if (!charset) return body;
  try {
    return Buffer.from(new TextDecoder(charset, { fatal: true }).decode(body), 'utf8');
  } catch {
    return body;
  }
}
