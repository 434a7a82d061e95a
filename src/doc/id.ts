/** Document id: hex sha256 of the normalised text, so re-reading or re-wrapping the same text gives the same id. */
import { createHash } from 'node:crypto';

/** NFC, every run of whitespace (including no-break spaces) as one space, trimmed. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function documentId(text: string): string {
  return createHash('sha256').update(normaliseForId(text), 'utf8').digest('hex');
}
