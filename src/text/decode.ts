/**
 * Turning input bytes into text, refusing what is not text. The text is kept exactly as decoded
 * (only a leading byte-order mark is removed), because every offset the engine reports points
 * into it: no newline or Unicode normalisation happens here.
 */
import { DyadError } from '../util/errors.js';

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 64 * 1024;

export function decodeInput(buf: Buffer, file: string, opts: DecodeOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) {
    throw new DyadError('E_TOO_LARGE', `input is ${buf.length} bytes, over the limit of ${max}`, { file });
  }
  rejectBinary(buf, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch (e) {
    const at = firstInvalidUtf8(buf);
    throw new DyadError('E_ENCODING', `not valid UTF-8 (first bad byte at offset ${at})`, { file, cause: e });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function rejectBinary(buf: Buffer, file: string): void {
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new DyadError('E_BINARY', `looks binary (NUL byte at offset ${nul})`, { file });
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 127) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new DyadError('E_BINARY', `looks binary (${control} control bytes in the first ${n})`, { file });
  }
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return buf.length;
}
