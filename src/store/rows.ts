/**
 * Between the coded document and table rows, for every driver: one mapping, so the drivers
 * differ only in SQL, never in what they store.
 */
import { createHash } from 'node:crypto';
import { markRestatements } from '../coding/events/restatements.js';
import type { ActorRef, CodedDocument, CodedEvent, Modality } from '../coding/types.js';
import { DyadError } from '../util/errors.js';
import type { NewRow, Row } from './schema.js';
import { bandKeys, isSignature, minhash } from './minhash.js';
import type { EventRow, PutInput, StoredDocument } from './types.js';

/** Hex sha256 of the text exactly as given (findByTextHash). */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The rows of one document other than its key, which the driver assigns. */
export interface DocumentRows {
  document: NewRow<'documents'>;
  /** MinHash band keys (minhash.ts). */
  bands: number[];
  sentences: Omit<NewRow<'sentences'>, 'doc_key'>[];
  actors: Omit<NewRow<'actors'>, 'doc_key'>[];
  citedSources: Omit<NewRow<'cited_sources'>, 'doc_key'>[];
  events: Omit<NewRow<'events'>, 'doc_key'>[];
}

/** Checks what the database relies on; the coder's output is trusted for the rest. */
export function validateDocument(doc: CodedDocument): void {
  const id = doc?.document?.id;
  if (typeof id !== 'string' || id.length === 0) throw new DyadError('E_INPUT', 'coded document has no document.id');
  const bad = (what: string) => new DyadError('E_INPUT', `document ${id}: ${what}`);
  if (doc.document.published !== null && !DATE.test(doc.document.published)) throw bad(`published is not YYYY-MM-DD: ${doc.document.published}`);
  const seen = new Set<string>();
  for (const e of doc.events) {
    if (seen.has(e.id)) throw bad(`event id ${e.id} occurs twice`);
    seen.add(e.id);
    if (e.date !== null && !DATE.test(e.date)) throw bad(`event ${e.id}: date is not YYYY-MM-DD: ${e.date}`);
    if (!Number.isFinite(e.goldstein)) throw bad(`event ${e.id}: goldstein is not a number`);
  }
}

export function documentRows(doc: CodedDocument, input: PutInput, now: string): DocumentRows {
  validateDocument(doc);
  const d = doc.document;
  const sig = isSignature(input.minhash) ? input.minhash : minhash(input.text);
  const duplicateOf = input.duplicateOf ?? null;
  return {
    document: {
      id: d.id, text: input.text, text_hash: textHash(input.text),
      title: input.title ?? d.title, url: input.url, canonical_url: input.canonicalUrl,
      language: d.language, published: d.published, genre: d.genre, origin: d.origin, tone: d.tone,
      coder_version: input.coderVersion, coded_at: now, stored_at: now,
      duplicate_of: duplicateOf, minhash: sig, meta: input.meta ?? null,
    },
    bands: bandKeys(sig),
    ...codingRows(doc, duplicateOf === null),
  };
}

/** Rows that a recode replaces. */
export function codingRows(doc: CodedDocument, counted: boolean): Omit<DocumentRows, 'document' | 'bands'> {
  const d = doc.document;
  return {
    sentences: doc.sentences.map((s) => ({ idx: s.index, span_start: s.span[0], span_end: s.span[1] })),
    actors: doc.actors.map((a, idx) => ({
      idx, actor_id: a.id, text: a.text, code: a.code, country: a.country, sector: a.sector,
      kind: a.kind, resolved: a.resolved, mentions: a.mentions,
    })),
    citedSources: d.citedSources.map((s, idx) => ({ idx, name: s.name, date: s.date, span_start: s.span[0], span_end: s.span[1] })),
    events: doc.events.map((e, idx) => eventRow(e, idx, d.published, counted)),
  };
}

function eventRow(e: CodedEvent, idx: number, published: string | null, counted: boolean): Omit<NewRow<'events'>, 'doc_key'> {
  return {
    idx, event_id: e.id, sentence: e.sentence, date: e.date ?? published, event_date: e.date,
    source_actor: e.source?.actor ?? null, source_text: e.source?.text ?? null, source_code: e.source?.code ?? null,
    source_country: e.source?.country ?? null, source_sector: e.source?.sector ?? null,
    target_actor: e.target?.actor ?? null, target_text: e.target?.text ?? null, target_code: e.target?.code ?? null,
    target_country: e.target?.country ?? null, target_sector: e.target?.sector ?? null,
    cameo: e.cameo, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null, plover_mode: e.plover?.mode ?? null,
    modality: e.modality, voice: e.attribution.voice, speaker: e.attribution.speaker, outlet: e.attribution.outlet,
    issues: e.issues, evidence_start: e.evidence.span[0], evidence_end: e.evidence.span[1], evidence_text: e.evidence.text,
    // A restatement of an earlier event of the same document is stored but not counted.
    rule: e.rule, counted: counted && !e.restates,
  };
}

function actorRef(actor: string | null, text: string | null, code: string | null, country: string | null, sector: string | null): ActorRef | null {
  return actor === null ? null : { actor, text: text ?? '', code, country, sector };
}

/** A stored event back in the coded document's shape. */
export function decodeEvent(r: Row<'events'>): CodedEvent {
  return {
    id: r.event_id, sentence: r.sentence,
    source: actorRef(r.source_actor, r.source_text, r.source_code, r.source_country, r.source_sector),
    target: actorRef(r.target_actor, r.target_text, r.target_code, r.target_country, r.target_sector),
    cameo: r.cameo, root: r.root, goldstein: r.goldstein, quadClass: r.quad_class as 1 | 2 | 3 | 4,
    plover: r.plover_type === null ? null : { type: r.plover_type, mode: r.plover_mode },
    modality: r.modality as Modality,
    attribution: { voice: r.voice as 'author' | 'reported', speaker: r.speaker as ActorRef | null, outlet: r.outlet },
    date: r.event_date, issues: r.issues as string[],
    evidence: { span: [r.evidence_start, r.evidence_end], text: r.evidence_text }, rule: r.rule,
  };
}

export function decodeEventRow(r: Row<'events'>, documentId: string): EventRow {
  return { ...decodeEvent(r), documentId, effectiveDate: r.date, counted: r.counted };
}

export interface StoredRows {
  document: Row<'documents'>;
  sentences: Row<'sentences'>[];
  actors: Row<'actors'>[];
  citedSources: Row<'cited_sources'>[];
  events: Row<'events'>[];
}

/** Rows read back (ordered by idx) into a stored document. */
export function decodeDocument(rows: StoredRows): StoredDocument {
  const d = rows.document;
  const coded: CodedDocument = {
    document: {
      id: d.id, title: d.title, language: d.language, published: d.published,
      genre: d.genre as CodedDocument['document']['genre'], origin: d.origin, tone: d.tone,
      citedSources: rows.citedSources.map((s) => ({ name: s.name, date: s.date, span: [s.span_start, s.span_end] })),
    },
    sentences: rows.sentences.map((s) => ({ index: s.idx, span: [s.span_start, s.span_end] })),
    actors: rows.actors.map((a) => ({
      id: a.actor_id, text: a.text, code: a.code, country: a.country, sector: a.sector,
      kind: a.kind as CodedDocument['actors'][number]['kind'], resolved: a.resolved,
      mentions: a.mentions as [number, number][],
    })),
    events: rows.events.map(decodeEvent),
  };
  markRestatements(coded.events, d.published);
  return {
    coded, text: d.text, url: d.url, canonicalUrl: d.canonical_url, textHash: d.text_hash,
    coderVersion: d.coder_version, codedAt: d.coded_at, storedAt: d.stored_at,
    duplicateOf: d.duplicate_of, minhash: d.minhash, meta: (d.meta as object | null) ?? null,
  };
}
