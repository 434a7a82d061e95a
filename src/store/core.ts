/**
 * The Store, over any backend: both drivers share every query and the write path; a driver
 * only supplies a connection, transactions, migrations and its full-text SQL (dialect.ts).
 */
import type { CodedDocument } from '../coding/types.js';
import { actors, stats, unresolvedActors } from './catalog.js';
import type { Backend } from './dialect.js';
import * as read from './read.js';
import type { TableName } from './schema.js';
import type {
  EventQuery, GraphQuery, PutInput, PutItem, PutResult, SeriesOptions, Store, Window,
} from './types.js';
import { putDocuments, replaceEvents } from './write.js';
import * as views from './views.js';

export class SqlStore implements Store {
  constructor(private readonly backend: Backend) {}

  get driver() { return this.backend.dialect.name; }
  migrate() { return this.backend.migrate(); }

  async putDocument(doc: CodedDocument, input: PutInput): Promise<PutResult> {
    return (await putDocuments(this.backend, [{ doc, input }]))[0];
  }
  putDocuments(items: PutItem[]) { return putDocuments(this.backend, items); }
  replaceEvents(docId: string, doc: CodedDocument, coderVersion: string) { return replaceEvents(this.backend, docId, doc, coderVersion); }

  getDocument(id: string) { return read.getDocument(this.backend, id); }
  documentIds(opts?: { after?: string; limit?: number }) { return read.documentIds(this.backend, opts); }
  findByCanonicalUrl(url: string) { return read.findBy(this.backend, 'canonical_url', url); }
  findByTextHash(hash: string) { return read.findBy(this.backend, 'text_hash', hash); }
  similarDocuments(signature: string, minSimilarity?: number) { return read.similarDocuments(this.backend, signature, minSimilarity); }
  similarDocumentsMany(signatures: string[], minSimilarity?: number) { return read.similarDocumentsMany(this.backend, signatures, minSimilarity); }
  queryEvents(q?: EventQuery) { return read.queryEvents(this.backend, q); }
  dyadSeries(a: string, b: string, opts?: SeriesOptions) { return read.dyadSeries(this.backend, a, b, opts); }
  topDyads(opts: { from: string; to: string; limit?: number }) { return read.topDyads(this.backend, opts); }
  actors() { return actors(this.backend); }
  unresolvedActors(opts?: { limit?: number }) { return unresolvedActors(this.backend, opts); }
  search(text: string, limit?: number) { return read.search(this.backend, text, limit); }
  stats() { return stats(this.backend); }
  latestDate() { return views.latestDate(this.backend); }
  timeline(w: Window) { return views.timeline(this.backend, w); }
  async graph(q: GraphQuery) {
    const edges = await views.graphEdges(this.backend, q);
    return { nodes: await views.graphNodes(this.backend, edges), edges };
  }
  changedDyads(q: Window & { limit?: number; minEvents?: number }) { return views.changedDyads(this.backend, q); }
  close() { return this.backend.close(); }

  /** The live database's columns of a table (schema drift check in the tests). */
  describe(table: TableName) { return this.backend.describe(table); }
}
