/**
 * The event store: one interface, two drivers (sqlite/ — the default, one file — and postgres/).
 * Every driver passes the same contract suite (contract.ts).
 *
 * Counting rule (spec: "An event that is not actual is never counted as having happened"):
 * aggregates (dyadSeries, topDyads, actor counts) use only `actual` events of documents that are
 * not near-duplicates, with a date (the event's own, else the document's published date) and both
 * actor codes. queryEvents returns every stored event unless filtered.
 *
 * Actor codes in queries match by CAMEO prefix unless `exact` is set: "USA" matches USA, USAGOV,
 * USAMIL... (codes are built from three-letter segments, so a prefix is a broader actor).
 */
import type { ActorRef, CodedDocument, CodedEvent, Modality } from '../coding/types.js';

export interface PutInput {
  /** The text the document was coded from (spans index into it). */
  text: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  coderVersion: string;
  /** Id of a stored document this one nearly duplicates: it is stored and linked, its events not counted. */
  duplicateOf?: string | null;
  /** Reader metadata (byline, source id, file ...); stored as JSON. */
  meta?: object;
  /** minhash(text), when the caller has already computed it (ingest does, for its lookup). */
  minhash?: string;
}

export interface PutResult {
  /** False when a document with the same id was already stored (nothing changed). */
  inserted: boolean;
  id: string;
}

export interface StoredDocument {
  coded: CodedDocument;
  text: string;
  url: string | null;
  canonicalUrl: string | null;
  textHash: string;
  coderVersion: string;
  codedAt: string;
  storedAt: string;
  duplicateOf: string | null;
  /** MinHash signature of the text (minhash.ts). */
  minhash: string;
  meta: object | null;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  canonicalUrl: string | null;
  duplicateOf: string | null;
}

export interface SimilarDocument extends DocumentSummary {
  /** Estimated Jaccard similarity of the two texts' word shingles (0..1). */
  similarity: number;
}

export type Order = 'date' | '-date';

export interface EventQuery {
  /** Events where this actor (code, prefix unless `exact`) is source or target. */
  actor?: string;
  /** A dyad [source, target]; with `both`, either direction. */
  dyad?: [string, string];
  both?: boolean;
  /** Match actor codes exactly instead of by prefix. */
  exact?: boolean;
  /** CAMEO codes, each matching itself and its sub-codes ("04" matches 040, 042, 0421...). */
  cameo?: string[];
  /** CAMEO root codes ("04"). */
  root?: string[];
  quadClass?: (1 | 2 | 3 | 4)[];
  plover?: string[];
  /** Default: every modality. */
  modalities?: Modality[];
  voice?: 'author' | 'reported';
  /** Inclusive YYYY-MM-DD bounds on the effective date; events without a date drop out when either is set. */
  from?: string;
  to?: string;
  /** Full-text query over the events' documents (same syntax as search()). */
  text?: string;
  documentId?: string;
  /** Include events of near-duplicate documents (default false). */
  includeDuplicates?: boolean;
  order?: Order;
  /** Default 100, at most MAX_EVENT_LIMIT. */
  limit?: number;
  offset?: number;
}

export const MAX_EVENT_LIMIT = 10_000;

export interface EventRow extends CodedEvent {
  documentId: string;
  /** The event's date, else its document's published date. */
  effectiveDate: string | null;
  counted: boolean;
}

export type Period = 'day' | 'week' | 'month';

export interface SeriesOptions {
  by?: Period;
  from?: string;
  to?: string;
  /** Default ['actual']: only events that happened. */
  modalities?: Modality[];
  /** Count both directions, a->b and b->a. */
  both?: boolean;
  exact?: boolean;
}

export interface SeriesRow {
  /** day: YYYY-MM-DD; week: the Monday (YYYY-MM-DD) starting the ISO week; month: YYYY-MM. */
  period: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
  q1: number; q2: number; q3: number; q4: number;
}

export interface DyadTotal {
  source: string;
  target: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface ActorCount {
  code: string;
  country: string | null;
  /** The surface form seen most often for this code. */
  name: string;
  documents: number;
  /** Counted events with this code as source or target. */
  events: number;
}

export interface UnresolvedActor {
  text: string;
  code: string | null;
  documents: number;
  /** Up to a few sentences it occurs in. */
  contexts: { documentId: string; sentence: string }[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  snippet: string;
}

export interface StoreStats {
  driver: 'sqlite' | 'postgres';
  schemaVersion: number;
  documents: number;
  duplicates: number;
  events: number;
  countedActualEvents: number;
  actors: number;
  rollupRows: number;
}

export interface PutItem { doc: CodedDocument; input: PutInput }

/** An inclusive window of effective dates, YYYY-MM-DD. */
export interface Window { from: string; to: string }

export interface TimelineDay { date: string; events: number; q1: number; q2: number; q3: number; q4: number }

export interface GraphQuery extends Window {
  /** Edges with this actor (code prefix) as source or target. */
  actor?: string;
  /** Edges with an actor of this country (three-letter code) at either end. */
  country?: string;
  /** Count only events of these QuadClasses. */
  quad?: number[];
  minEvents?: number;
  /** Busiest edges kept; default 500, at most 5000. */
  limit?: number;
}

export interface GraphEdge { source: string; target: string; events: number; goldsteinMean: number; q1: number; q2: number; q3: number; q4: number }
export interface GraphNode { code: string; name: string; country: string | null; events: number }

export interface ChangedDyad { source: string; target: string; events: number; before: number; after: number; delta: number }

export interface Store {
  readonly driver: 'sqlite' | 'postgres';
  /** Applies pending migrations; safe to call from several processes at once. */
  migrate(): Promise<void>;
  /**
   * Stores a coded document with its sentences, actors, events and cited sources and updates the
   * rollup, in one transaction. Idempotent: an already stored id changes nothing.
   */
  putDocument(doc: CodedDocument, input: PutInput): Promise<PutResult>;
  /** Several documents in one transaction (bulk loading); same rules as putDocument. */
  putDocuments(items: PutItem[]): Promise<PutResult[]>;
  /** Replaces a stored document's coding (sentences, actors, events, cited sources); rollup kept exact. */
  replaceEvents(docId: string, doc: CodedDocument, coderVersion: string): Promise<void>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Stored document ids in id order, one page at a time: pass the last id seen as `after`. */
  documentIds(opts?: { after?: string; limit?: number }): Promise<string[]>;
  findByCanonicalUrl(url: string): Promise<DocumentSummary[]>;
  /** By the sha256 of the exact text (see textHash in rows.ts). */
  findByTextHash(hash: string): Promise<DocumentSummary[]>;
  /**
   * Stored documents whose text is similar to the one with this MinHash signature (minhash.ts),
   * estimated similarity >= minSimilarity (default 0.5), most similar first.
   */
  similarDocuments(signature: string, minSimilarity?: number): Promise<SimilarDocument[]>;
  /** similarDocuments for each of several signatures, in two queries (result i for signatures[i]). */
  similarDocumentsMany(signatures: string[], minSimilarity?: number): Promise<SimilarDocument[][]>;
  queryEvents(q?: EventQuery): Promise<EventRow[]>;
  dyadSeries(a: string, b: string, opts?: SeriesOptions): Promise<SeriesRow[]>;
  /** Most active dyads (counted actual events) with effective date in [from, to]. */
  topDyads(opts: { from: string; to: string; limit?: number }): Promise<DyadTotal[]>;
  actors(): Promise<ActorCount[]>;
  unresolvedActors(opts?: { limit?: number }): Promise<UnresolvedActor[]>;
  /** Full-text search over documents; a malformed query is a DyadError E_USAGE. */
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /** The latest effective date of a counted event (null when there is none). */
  latestDate(): Promise<string | null>;
  /** Counted events per day of the window, by QuadClass (days without events left out). */
  timeline(w: Window): Promise<TimelineDay[]>;
  /** The actor graph of a window: directed dyads as edges, their actors as nodes. */
  graph(q: GraphQuery): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
  /** Dyads whose Goldstein mean moved most from the window's first half to its second, each half with >= minEvents (default 1) events (default 20, at most 200). */
  changedDyads(q: Window & { limit?: number; minEvents?: number }): Promise<ChangedDyad[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export type { ActorRef, Modality };
