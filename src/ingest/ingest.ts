/**
 * The ingest pipeline: read each input, code each document, store them in batches (one
 * transaction per batch). Near-duplicates (MinHash similarity >= 0.8 to a stored or earlier
 * document of the run) are stored linked via duplicateOf. One bad input never stops the run.
 */
import type { Coder } from '../coding/coder.js';
import type { CodedDocument } from '../coding/types.js';
import { minhash, type PutItem, type SimilarDocument, type Store } from '../store/index.js';
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
  // Coded documents wait here; a flush looks up their near-duplicates in one store call and stores
  // them in one transaction (storeBatch).
  let pending: CodedBatch = { out: [], coded: [] };
  const flush = async (): Promise<void> => {
    if (!pending.coded.length) return;
    const res = await storeBatch(pending, o);
    for (const r of res) {
      if (!r.ok) continue;
      if (!r.inserted) { sum.duplicates++; continue; }
      sum.stored++;
      if (r.duplicateOf) sum.nearDuplicates++;
      else sum.events += r.events;
    }
    pending = { out: [], coded: [] };
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
        addCoded(pending, doc, o.coder.code(doc, { date: o.date }));
      } catch (e) { sum.failures.push(failure(label, e)); }
      if (pending.coded.length >= BATCH) await flush();
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

/** A batch coded and ready to store: each document's slot, with its coding or the error it gave. */
export interface CodedBatch {
  out: BatchResult[];
  coded: { slot: number; doc: Document; coded: CodedDocument; sig: string }[];
}

/**
 * Codes several documents (the queue workers' batches). A document the coder cannot code gets its
 * error in its slot. Coding is synchronous; between documents the event loop runs, so a batch being
 * stored meanwhile keeps talking to its database.
 */
export async function codeBatch(docs: { doc: Document; date?: string }[], o: Pick<IngestOptions, 'coder' | 'date'>): Promise<CodedBatch> {
  const batch: CodedBatch = { out: [], coded: [] };
  for (const { doc, date } of docs) {
    await yieldToEventLoop();
    try {
      addCoded(batch, doc, o.coder.code(doc, { date: date ?? o.date }));
    } catch (e) {
      batch.out.push({ ok: false, error: e });
    }
  }
  return batch;
}

/** Adds a coded document to the batch, in a slot storeBatch fills with its result. */
function addCoded(batch: CodedBatch, doc: Document, coded: CodedDocument): void {
  batch.coded.push({ slot: batch.out.length, doc, coded, sig: minhash(doc.text) });
  batch.out.push({ ok: false, error: null });
}

/**
 * Stores a coded batch in one transaction, near-duplicates linked. The batch's near-duplicate
 * lookups are one store call (similarDocumentsMany), not one per document: a worker's round trips
 * to the database are what it waits on. A store error (E_STORE) is thrown, so the caller can retry
 * the batch (without coding it again).
 */
export async function storeBatch(batch: CodedBatch, o: Pick<IngestOptions, 'store' | 'coderVersion'>): Promise<BatchResult[]> {
  const { coded } = batch;
  const out = [...batch.out];
  const similar = coded.length ? await o.store.similarDocumentsMany(coded.map((c) => c.sig), NEAR_DUPLICATE) : [];
  const recent = new RecentSignatures();
  const items = coded.map((c, i) => putItem(c.doc, c.coded, c.sig, nearDuplicate(c.coded.document.id, c.sig, similar[i], recent), o.coderVersion));
  const res = items.length ? await o.store.putDocuments(items) : [];
  res.forEach((r, i) => {
    const item = items[i];
    out[coded[i].slot] = { ok: true, id: r.id, inserted: r.inserted, events: item.doc.events.length, duplicateOf: item.input.duplicateOf ?? null };
  });
  return out;
}

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

function recordName(record: string): string {
  return record.startsWith('item ') ? record : `record ${record}`;
}

/** Codes one document and finds what it near-duplicates (stored, or earlier in this batch). */
async function codeOne(doc: Document, o: IngestOptions, recent: RecentSignatures): Promise<PutItem> {
  const coded = o.coder.code(doc, { date: o.date });
  const sig = minhash(doc.text);
  const similar = await o.store.similarDocuments(sig, NEAR_DUPLICATE);
  return putItem(doc, coded, sig, nearDuplicate(coded.document.id, sig, similar, recent), o.coderVersion);
}

/** The document this one near-duplicates: a stored original first, else an earlier one of the run. */
function nearDuplicate(id: string, sig: string, similar: SimilarDocument[], recent: RecentSignatures): string | undefined {
  const near = similar.find((d) => d.id !== id && !d.duplicateOf)?.id ?? recent.find(id, sig, NEAR_DUPLICATE);
  if (!near) recent.add(id, sig);
  return near ?? undefined;
}

function putItem(doc: Document, coded: CodedDocument, sig: string, near: string | undefined, coderVersion: string): PutItem {
  return { doc: coded, input: {
    text: doc.text, url: doc.meta.url, canonicalUrl: doc.meta.canonicalUrl, title: doc.meta.title,
    coderVersion, duplicateOf: near, minhash: sig, meta: { file: doc.meta.file, sourceId: doc.meta.sourceId, byline: doc.meta.byline, format: doc.meta.format },
  } };
}

function failure(input: string, e: unknown): Failure {
  // DyadError messages may already name the file: don't name it twice.
  if (isDyadError(e)) return { input, code: e.code, reason: e.message.startsWith(`${input}: `) ? e.message.slice(input.length + 2) : e.message };
  return { input, code: 'E_INTERNAL', reason: (e as Error).message };
}
