/**
 * The ingest pipeline: read each input, code each document, store them in batches (one
 * transaction per batch). Near-duplicates (MinHash similarity >= 0.8 to a stored or earlier
 * document of the run) are stored linked via duplicateOf. One bad input never stops the run.
 */
import { readFileSync } from 'node:fs';
import type { Coder } from '../coding/coder.js';
import { minhash, similarity, type PutItem, type Store } from '../store/index.js';
import { isDyadError } from '../util/errors.js';
import { readDocuments, type Document } from './readers/index.js';

export const NEAR_DUPLICATE = 0.8;
const BATCH = 50;

export interface Failure { input: string; code: string; reason: string }

export interface IngestSummary {
  read: number; stored: number; duplicates: number; nearDuplicates: number; events: number;
  failures: Failure[];
}

export interface IngestOptions {
  coder: Coder; store: Store; coderVersion: string;
  readStdin: () => Buffer;
  date?: string;
  onProgress?: (s: IngestSummary) => void;
}

export function emptySummary(): IngestSummary {
  return { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, events: 0, failures: [] };
}

export async function ingestFiles(paths: string[], o: IngestOptions, sum = emptySummary()): Promise<IngestSummary> {
  let batch: PutItem[] = [];
  const recent: { id: string; sig: string }[] = [];
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
    recent.length = 0;
    o.onProgress?.(sum);
  };
  for (const path of paths) {
    let docs: Document[];
    try {
      const buf = path === '-' ? o.readStdin() : readFileSync(path);
      const r = readDocuments(buf, path === '-' ? '<stdin>' : path);
      for (const e of r.errors) sum.failures.push({ input: `${path}: record ${e.record} (line ${e.line})`, code: 'E_INPUT', reason: e.message });
      docs = r.docs;
    } catch (e) { sum.failures.push(failure(path, e)); continue; }
    for (const doc of docs) {
      sum.read++;
      const label = doc.meta.sourceId ? `${path}#${doc.meta.sourceId}` : path;
      try {
        const coded = o.coder.code(doc, { date: o.date });
        const sig = minhash(doc.text);
        const near = (await o.store.similarDocuments(sig, NEAR_DUPLICATE)).find((d) => d.id !== coded.document.id && !d.duplicateOf)?.id
          ?? recent.find((r) => r.id !== coded.document.id && similarity(r.sig, sig) >= NEAR_DUPLICATE)?.id ?? null;
        if (!near) recent.push({ id: coded.document.id, sig });
        batch.push({ doc: coded, input: {
          text: doc.text, url: doc.meta.url, canonicalUrl: doc.meta.canonicalUrl, title: doc.meta.title,
          coderVersion: o.coderVersion, duplicateOf: near, meta: { file: doc.meta.file, sourceId: doc.meta.sourceId, byline: doc.meta.byline, format: doc.meta.format },
        } });
      } catch (e) { sum.failures.push(failure(label, e)); }
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  return sum;
}

function failure(input: string, e: unknown): Failure {
  // DyadError messages may already name the file: don't name it twice.
  if (isDyadError(e)) return { input, code: e.code, reason: e.message.startsWith(`${input}: `) ? e.message.slice(input.length + 2) : e.message };
  return { input, code: 'E_INTERNAL', reason: (e as Error).message };
}
