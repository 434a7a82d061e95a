/**
 * Plain text -> one Document. The text is kept exactly as decoded, since every offset dyad reports
 * points into it. A title is taken only when the text plainly has one: a short first line with
 * no closing full stop, followed by a blank line.
 */
import { decodeInput } from '../../text/decode.js';
import { emptyMeta, type Document } from './types.js';

export function readText(text: string, file: string | null = null): Document {
  return { text, meta: { ...emptyMeta('text', file), title: plainTitle(text) } };
}

export function readTextFile(buf: Buffer, file: string): Document {
  return readText(decodeInput(buf, file), file);
}

export function plainTitle(text: string): string | null {
  const m = /^\s*([^\n]{3,150})\r?\n[ \t]*\r?\n/.exec(text);
  if (!m) return null;
  const line = m[1].trim();
  if (/[.:;,]$/.test(line) && !/\.\.\.$/.test(line)) return null;
  if (/^(?:https?:\/\/|原文|Original\b|Source\b)/i.test(line)) return null;
  return line;
}
