/** Document id: hex sha256 of the normalised text, so re-reading or re-wrapping the same text gives the same id. */
import * as crypto from 'node:crypto';

/** NFC, every run of whitespace (including no-break spaces) as one space, trimmed. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function documentId(text: string): string {
  return sha256Hex(normaliseForId(text));
}

/**
 * Hex SHA-256 of a string's UTF-8 bytes. Node's one-shot crypto.hash (20.12 and later) where there
 * is one: it builds no Hash object, about a third of the time for an event id's few bytes.
 */
export const sha256Hex: (s: string) => string = typeof (crypto as { hash?: unknown }).hash === 'function'
  ? (s) => (crypto as unknown as { hash: (alg: string, data: string, enc: 'hex') => string }).hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');
