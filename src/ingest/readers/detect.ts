/**
 * Which reader an input needs: by file extension first, by content when the extension says
 * nothing (standard input, .txt that is really HTML, .xml that is PETRARCH).
 */
import { extname } from 'node:path';
import type { DocumentFormat } from './types.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export function detectFormat(file: string | null, content: string): DocumentFormat {
  const ext = file ? extname(file).toLowerCase() : '';
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  return sniff(content);
}

/** Content sniffing on the first few KiB. */
export function sniff(content: string): DocumentFormat {
  const head = content.slice(0, 8192).replace(/^\ufeff/, '');
  const start = head.trimStart();
  if (/<Sentences?\b/.test(head) && /^(?:<\?xml|<!--|<Validation|<Sentences|<Environment|<Sentence)/.test(start)) {
    return 'petrarch-xml';
  }
  if (/^(?:<!doctype\s+html|<html\b|<head\b|<body\b)/i.test(start)) return 'html';
  if (/^<\?xml/.test(start) && /<html\b/i.test(head)) return 'html';
  if (start.startsWith('{')) {
    const first = start.split('\n', 1)[0].trim();
    try {
      const v: unknown = JSON.parse(first);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return 'jsonl';
    } catch { /* not JSON: fall through */ }
  }
  // A fragment of markup with several paragraph or block tags is HTML, not prose about tags.
  if (/^</.test(start) && (head.match(/<(?:p|div|article|br|h[1-6])\b[^>]*>/gi) ?? []).length >= 2) return 'html';
  return 'text';
}
