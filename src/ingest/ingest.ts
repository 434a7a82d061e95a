/**
 * The ingest pipeline: read each input, code each document, store them in batches (one
 * transaction per batch). Near-duplicates (MinHash similarity >= 0.8 to a stored or earlier
 * document of the run) are stored linked via duplicateOf. One bad input never stops the run.
 */
import type { Coder } from '../coding/coder.js';
import { minhash, type PutItem, type Store } from '../store/index.js';
import { isDyadError } from '../util/errors.js';
import type { Document } from './readers/index.js';
import type { FetchOptions } from './fetch/fetch.js';
import { RecentSignatures } from './recent.js';
import { loadSource, sourceLabel, type Source } from './source.js';

export const NEAR_DUPLICATE = 0.8;
/** Documents per transaction: fewer commits write each index page fewer times. */
const BATCH = 200;

export interface Failure { input: string; code: string; reason: string }

export interface IngestSummary {
  read: number; stored: number; duplicates: number; nearDuplicates: number; events: number;
  failures: Failure[];
}

export interface IngestOptions {
  coder: Coder; store: Store; coderVersion: string;
  /** Standard input, for a '-' source (workers and the API have none). */
  readStdin?: () => Buffer;
  /** Limits and private-address policy for URL sources (see fetch/fetch.ts). */
  fetch?: FetchOptions;
  date?: string;
  onProgress?: (s: IngestSummary) => void;
}

export function emptySummary(): IngestSummary {
  return { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, events: 0, failures: [] };
}

/** Ingests files (and '-' for standard input). */
export function ingestFiles(paths: string[], o: IngestOptions, sum = emptySummary()): Promise<IngestSummary> {
  return ingestSources(paths.map((p): Source => (p === '-' ? { kind: 'stdin' } : { kind: 'file', path: p })), o, sum);
}

/** Ingests sources in order; a feed's items are ingested right after the feed. */
export async function ingestSources(sources: Source[], o: IngestOptions, sum = emptySummary()): Promise<IngestSummary> {
  let batch: PutItem[] = [];
  const recent = new RecentSignatures();
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const res = await o.store.putDocuments(batch);
    res.forEach((r, i) => {
      if (!r.inserted) { sum.duplicates++; return; }
      sum.stored++;
      if (batch[i].input.duplicateOf) sum.nearDuplicates++;
      else sum.events += batch[i].doc.events.length;
    });
    batch = [];
    recent.clear();
    o.onProgress?.(sum);
  };
  const queue = [...sources];
  for (let src = queue.shift(); src; src = queue.shift()) {
    const path = sourceLabel(src);
    let docs: Document[];
    try {
      const r = await loadSource(src, { readStdin: o.readStdin, fetch: o.fetch });
      for (const e of r.errors) sum.failures.push({ input: `${path}: ${recordName(e.record)}${e.line ? ` (line ${e.line})` : ''}`, code: 'E_INPUT', reason: e.message });
      queue.unshift(...r.items);
      docs = r.docs;
    } catch (e) { sum.failures.push(failure(path, e)); continue; }
    for (const doc of docs) {
      sum.read++;
      const label = doc.meta.sourceId ? `${path}#${doc.meta.sourceId}` : path;
      try {
        const item = await codeOne(doc, o, recent);
        batch.push(item);
      } catch (e) { sum.failures.push(failure(label, e)); }
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  return sum;
}

/** Codes and stores one document (the API's POST /api/documents): the per-document path of a run. */
export async function ingestDocument(doc: Document, o: IngestOptions): Promise<{ id: string; inserted: boolean; events: number; duplicateOf: string | null }> {
  const item = await codeOne(doc, o, new RecentSignatures());
  const [r] = await o.store.putDocuments([item]);
  return { id: r.id, inserted: r.inserted, events: item.doc.events.length, duplicateOf: item.input.duplicateOf ?? null };
}

export type BatchResult =
  | { ok: true; id: string; inserted: boolean; events: number; duplicateOf: string | null }
  | { ok: false; error: unknown };

/**
 * Codes several documents and stores them in one transaction (the queue workers' batches). A
 * document the coder cannot code gets its error in its slot; a store error (E_STORE) is thrown, so
 * the caller can retry the whole batch.
 */
export async function ingestBatch(docs: { doc: Document; date?: string }[], o: IngestOptions): Promise<BatchResult[]> {
  const recent = new RecentSignatures();
  const out: BatchResult[] = [];
  const items: PutItem[] = [];
  const slots: number[] = [];
  for (const { doc, date } of docs) {
    try {
      items.push(await codeOne(doc, { ...o, date: date ?? o.date }, recent));
      slots.push(out.length);
      out.push({ ok: false, error: null });
    } catch (e) {
      if (isDyadError(e) && e.code === 'E_STORE') throw e;
      out.push({ ok: false, error: e });
    }
  }
  const res = items.length ? await o.store.putDocuments(items) : [];
  res.forEach((r, i) => {
    const item = items[i];
    out[slots[i]] = { ok: true, id: r.id, inserted: r.inserted, events: item.doc.events.length, duplicateOf: item.input.duplicateOf ?? null };
  });
  return out;
}

function recordName(record: string): string {
  return record.startsWith('item ') ? record : `record ${record}`;
}

/** Codes one document and finds what it near-duplicates (stored, or earlier in this batch). */
async function codeOne(doc: Document, o: IngestOptions, recent: RecentSignatures): Promise<PutItem> {
  const coded = o.coder.code(doc, { date: o.date });
  const sig = minhash(doc.text);
  const near = (await o.store.similarDocuments(sig, NEAR_DUPLICATE)).find((d) => d.id !== coded.document.id && !d.duplicateOf)?.id
    ?? recent.find(coded.document.id, sig, NEAR_DUPLICATE);
  if (!near) recent.add(coded.document.id, sig);
  return { doc: coded, input: {
    text: doc.text, url: doc.meta.url, canonicalUrl: doc.meta.canonicalUrl, title: doc.meta.title,
    coderVersion: o.coderVersion, duplicateOf: near, minhash: sig, meta: { file: doc.meta.file, sourceId: doc.meta.sourceId, byline: doc.meta.byline, format: doc.meta.format },
  } };
}

function failure(input: string, e: unknown): Failure {
  // DyadError messages may already name the file: don't name it twice.
  if (isDyadError(e)) return { input, code: e.code, reason: e.message.startsWith(`${input}: `) ? e.message.slice(input.length + 2) : e.message };
  return { input, code: 'E_INTERNAL', reason: (e as Error).message };
}
