/**
 * Re-codes every stored document with the current coder (after a dictionary, overlay or model
 * change): events, actors and sentences are replaced in place, one transaction per document, and
 * the coder version that made them is recorded. The stored text and metadata are not touched.
 */
import type { Coder } from '../coding/coder.js';
import type { Store, StoredDocument } from '../store/types.js';
import { isDyadError } from '../util/errors.js';
import type { Document } from './readers/types.js';
import type { Failure } from './ingest.js';

export interface RecodeSummary {
  documents: number;
  recoded: number;
  /** Events before and after, over the recoded documents. */
  eventsBefore: number;
  eventsAfter: number;
  failures: Failure[];
}

export interface RecodeOptions {
  coder: Coder;
  store: Store;
  coderVersion: string;
  pageSize?: number;
  onProgress?: (s: RecodeSummary) => void;
}

/** The document as the coder reads it, rebuilt from what the store kept. */
export function storedAsDocument(d: StoredDocument): Document {
  const meta = (d.meta ?? {}) as { file?: string | null; sourceId?: string | null; byline?: string | null; format?: Document['meta']['format'] };
  return {
    text: d.text,
    meta: {
      title: d.coded.document.title, url: d.url, canonicalUrl: d.canonicalUrl, published: d.coded.document.published,
      byline: meta.byline ?? null, sourceId: meta.sourceId ?? null, format: meta.format ?? 'text', file: meta.file ?? null,
    },
  };
}

export async function recodeStore(o: RecodeOptions): Promise<RecodeSummary> {
  const sum: RecodeSummary = { documents: 0, recoded: 0, eventsBefore: 0, eventsAfter: 0, failures: [] };
  let after: string | undefined;
  for (;;) {
    const ids = await o.store.documentIds({ after, limit: o.pageSize ?? 200 });
    if (!ids.length) break;
    after = ids[ids.length - 1];
    for (const id of ids) {
      sum.documents++;
      const stored = await o.store.getDocument(id);
      if (!stored) continue; // removed since the page was read
      try {
        const coded = o.coder.code(storedAsDocument(stored));
        await o.store.replaceEvents(id, coded, o.coderVersion);
        sum.recoded++;
        sum.eventsBefore += stored.coded.events.length;
        sum.eventsAfter += coded.events.length;
      } catch (e) {
        if (!isDyadError(e)) throw e;
        sum.failures.push({ input: id, code: e.code, reason: e.message });
      }
    }
    o.onProgress?.(sum);
  }
  return sum;
}
