/**
 * JSON Lines: one article a line, `{"text", "url", "date", "title"}` (also accepted: "published",
 * "author"/"byline", "id", "language"; "html" instead of "text" is run through the HTML reader).
 * A bad line is reported with its line number and the rest are still read.
 */
import { readHtml } from './html.js';
import { emptyMeta, type Document, type ReadResult } from './types.js';
import { normaliseDate } from '../../doc/dates.js';

export function readJsonl(src: string, file: string | null = null): ReadResult {
  const out: ReadResult = { docs: [], errors: [] };
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const doc = readLine(line, file);
    if (typeof doc === 'string') out.errors.push({ record: `line ${i + 1}`, line: i + 1, message: doc });
    else out.docs.push(doc);
  }
  return out;
}

function readLine(line: string, file: string | null): Document | string {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return 'expected a JSON object';
  const o = obj as Record<string, unknown>;
  const s = (k: string): string | null => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : null);
  for (const k of ['text', 'html', 'url', 'date', 'published', 'title', 'author', 'byline', 'id', 'language']) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string' && !(k === 'id' && typeof o[k] === 'number')) {
      return `"${k}" must be a string`;
    }
  }
  const rawDate = s('date') ?? s('published');
  const published = normaliseDate(rawDate);
  if (rawDate && !published) return `unreadable date "${rawDate}"`;
  const fromHtml = s('text') === null && s('html') !== null ? readHtml(s('html')!, { url: s('url') }) : null;
  const text = s('text') ?? fromHtml?.text ?? null;
  if (!text) return 'no "text" (or "html")';
  const lang = s('language');
  return {
    text,
    meta: {
      ...emptyMeta('jsonl', file),
      title: s('title') ?? fromHtml?.meta.title ?? null,
      url: s('url'),
      canonicalUrl: fromHtml?.meta.canonicalUrl ?? null,
      published: published ?? fromHtml?.meta.published ?? null,
      byline: s('author') ?? s('byline') ?? fromHtml?.meta.byline ?? null,
      sourceId: o.id === undefined || o.id === null ? null : String(o.id),
      ...(lang ? { language: lang.toLowerCase().slice(0, 2) } : {}),
    },
  };
}
