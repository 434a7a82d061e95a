/**
 * Where documents come from: a file, standard input, or a URL (a page, or a feed whose items are
 * URLs to load in turn). `expandSources` turns command-line arguments into sources (directories
 * walked); `loadSource` turns one source into documents, per-record errors, and — for a feed —
 * the item sources it expands into. Used by `dyad ingest`, the queue workers and the HTTP API.
 */
import { readFileSync } from 'node:fs';
import { DyadError } from '../util/errors.js';
import { classifyFetched, headerCharset, toUtf8 } from './fetch/content.js';
import { fetchUrl, type FetchOptions } from './fetch/fetch.js';
import { parseFeed } from './fetch/feed.js';
import { expandInputs, type Skipped } from './inputs.js';
import { readDocuments, type Document, type RecordError } from './readers/index.js';

/** What a feed said about an item, used where the item's page says nothing. */
export interface ItemFallback { title: string | null; published: string | null; feed: string }

export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'url'; url: string; fallback?: ItemFallback };

export interface LoadContext {
  /** Standard input's bytes; a stdin source without it is an E_INPUT error. */
  readStdin?: () => Buffer;
  /** Limits and the private-address policy for URL sources. */
  fetch?: FetchOptions;
}

export interface Loaded {
  /** The source's name in messages: the path, '<stdin>', or the URL. */
  label: string;
  docs: Document[];
  errors: RecordError[];
  /** For a feed: its items, to load next (a feed's item that is itself a feed is not followed). */
  items: Source[];
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** One argument: '-' is standard input, http(s):// a URL, anything else a file path. */
export function parseSource(arg: string): Source {
  if (arg === '-') return { kind: 'stdin' };
  if (isUrl(arg)) return { kind: 'url', url: arg };
  return { kind: 'file', path: arg };
}

/** Command-line arguments -> sources; directories are walked (see inputs.ts). */
export function expandSources(args: string[]): { sources: Source[]; skipped: Skipped[] } {
  const sources: Source[] = [];
  const skipped: Skipped[] = [];
  for (const a of args) {
    if (isUrl(a) || a === '-') { sources.push(parseSource(a)); continue; }
    const r = expandInputs([a]);
    sources.push(...r.files.map((f) => parseSource(f.path)));
    skipped.push(...r.skipped);
  }
  return { sources, skipped };
}

export function sourceLabel(s: Source): string {
  return s.kind === 'file' ? s.path : s.kind === 'stdin' ? '<stdin>' : s.url;
}

/** Reads or fetches one source. Whole-source problems throw DyadError naming the source. */
export async function loadSource(s: Source, ctx: LoadContext): Promise<Loaded> {
  const label = sourceLabel(s);
  if (s.kind !== 'url') {
    if (s.kind === 'stdin' && !ctx.readStdin) throw new DyadError('E_INPUT', 'standard input is not available here');
    const buf = s.kind === 'stdin' ? ctx.readStdin!() : readFileSync(s.path);
    return { label, ...readDocuments(buf, label), items: [] };
  }
  const got = await fetchUrl(s.url, ctx.fetch);
  const body = toUtf8(got.body, headerCharset(got.contentType));
  const kind = classifyFetched(got.contentType, body, s.url);
  if (kind === 'feed') {
    if (s.fallback) throw new DyadError('E_FETCH', `an item of the feed ${s.fallback.feed} is itself a feed; not followed`, { file: s.url });
    return { label, docs: [], ...feedItems(body, got.url, s.url), };
  }
  const format = kind === 'other' ? undefined : kind;
  const read = readDocuments(body, label, { format, url: got.url });
  for (const d of read.docs) {
    d.meta.url ??= got.url;
    d.meta.file = s.url;
    if (s.fallback) {
      d.meta.title ??= s.fallback.title;
      d.meta.published ??= s.fallback.published;
    }
  }
  return { label, ...read, items: [] };
}

function feedItems(body: Buffer, finalUrl: string, url: string): { errors: RecordError[]; items: Source[] } {
  const feed = parseFeed(body.toString('utf8'), finalUrl);
  if (!feed) throw new DyadError('E_FETCH', 'looked like a feed but has no rss, feed or rdf:RDF root', { file: url });
  const errors: RecordError[] = [];
  const items: Source[] = [];
  const seen = new Set<string>();
  feed.items.forEach((it, i) => {
    if (!it.url) { errors.push({ record: `item ${i + 1}${it.title ? ` (${it.title})` : ''}`, line: 0, message: 'no http(s) link' }); return; }
    if (seen.has(it.url)) return;
    seen.add(it.url);
    items.push({ kind: 'url', url: it.url, fallback: { title: it.title, published: it.published, feed: url } });
  });
  return { errors, items };
}
