/**
 * One entry point for every input: bytes in, documents (and per-record errors) out.
 * Whole-file problems (binary, bad encoding, too large) throw DyadError; problems with one
 * record of a multi-record file are returned in `errors` beside the good records.
 */
import { decodeInput } from '../../text/decode.js';
import { detectFormat } from './detect.js';
import { decodeHtml, readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readPetrarchXml } from './petrarch-xml.js';
import { readText } from './text.js';
import type { DocumentFormat, ReadResult } from './types.js';

export type { Document, DocumentMeta, DocumentFormat, ReadResult, RecordError } from './types.js';

export interface ReadOptions {
  /** Force a reader instead of detecting one. */
  format?: DocumentFormat;
  /** Where an HTML page was fetched from. */
  url?: string | null;
}

export function readDocuments(buf: Buffer, file: string, opts: ReadOptions = {}): ReadResult {
  const looksHtml = opts.format === 'html' || (!opts.format && /\.x?html?$/i.test(file));
  const content = looksHtml ? decodeHtml(buf, file) : decodeInput(buf, file);
  const format = opts.format ?? detectFormat(file, content);
  switch (format) {
    case 'html': return { docs: [readHtml(content, { file, url: opts.url ?? null })], errors: [] };
    case 'jsonl': return readJsonl(content, file);
    case 'petrarch-xml': return readPetrarchXml(content, file);
    case 'text': return { docs: [readText(content, file)], errors: [] };
  }
}
