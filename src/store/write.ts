/**
 * The write path shared by both drivers: documents in, recodes, the rollup kept exact in the
 * same transaction as the events it counts.
 */
import type { CodedDocument } from '../coding/types.js';
import { DyadError } from '../util/errors.js';
import { encodeRow } from './codec.js';
import type { Backend, Conn, Dialect } from './dialect.js';
import { mergeDeltas, rollupDeltas, type RollupDelta } from './rollup.js';
import { codingRows, documentRows, type DocumentRows } from './rows.js';
import { insertColumns } from './schema.js';
import type { PutItem, PutResult } from './types.js';

const DOC_COLUMNS = insertColumns('documents');

export async function putDocuments(b: Backend, items: PutItem[]): Promise<PutResult[]> {
  const now = new Date().toISOString();
  // Hashing and row building happen before the transaction, to hold the write lock briefly.
  const prepared = items.map(({ doc, input }) => documentRows(doc, input, now));
  return b.transaction(async (c) => {
    const results: PutResult[] = [];
    const deltas: RollupDelta[][] = [];
    const codes = new Set<string>();
    // Child rows of the whole batch go in one insertMany per table (one round trip per table
    // and chunk on PostgreSQL, not one per document).
    const children = new ChildRows(b.dialect);
    const keys = await insertDocuments(b.dialect, c, prepared);
    for (const rows of prepared) {
      const key = keys.get(rows.document.id) ?? null;
      keys.delete(rows.document.id); // a second copy of an id in the batch is not inserted
      results.push({ inserted: key !== null, id: rows.document.id });
      if (key === null) continue;
      children.add('document_bands', key, rows.bands.map((band) => ({ band })));
      children.addCoding(key, rows, codes);
      deltas.push(rollupDeltas(rows.events));
    }
    await children.insert(c);
    await insertCodes(b.dialect, c, codes);
    await applyDeltas(b.dialect, c, mergeDeltas(deltas));
    return results;
  });
}

/**
 * Inserts the document rows (multi-row, in chunks of 64 ... 1) and indexes their text; returns
 * the key of each inserted id (ids already stored, or repeated in the batch, are skipped).
 */
async function insertDocuments(d: Dialect, c: Conn, prepared: DocumentRows[]): Promise<Map<string, number>> {
  await checkDuplicateOf(d, c, prepared);
  const keys = new Map<string, number>();
  for (let i = 0; i < prepared.length;) {
    const size = chunkSize(prepared.length - i);
    const chunk = prepared.slice(i, i + size);
    let n = 0;
    const marks = chunk.map(() => `(${DOC_COLUMNS.map(() => d.placeholder(++n)).join(', ')})`).join(', ');
    const got = await c.all(`INSERT INTO documents (${DOC_COLUMNS.join(', ')}) VALUES ${marks} ON CONFLICT (id) DO NOTHING RETURNING id, key`,
      chunk.flatMap((rows) => encodeRow(d, 'documents', DOC_COLUMNS, rows.document)));
    for (const r of got) keys.set(String(r.id), Number(r.key));
    for (const rows of chunk) {
      const key = keys.get(rows.document.id);
      if (key !== undefined) await c.indexText(key, rows.document.title, rows.document.text);
    }
    i += size;
  }
  return keys;
}

/** The largest of 64, 32, ... 1 not over `left`: few distinct statements to prepare. */
function chunkSize(left: number): number {
  let size = 64;
  while (size > left) size >>= 1;
  return size;
}

/** A near-duplicate must point at a stored document or at one earlier in the batch. */
async function checkDuplicateOf(d: Dialect, c: Conn, prepared: DocumentRows[]): Promise<void> {
  const earlier = new Set<string>();
  for (const { document: doc } of prepared) {
    const target = doc.duplicate_of;
    if (target !== null) {
      if (target === doc.id) throw new DyadError('E_INPUT', `document ${doc.id} cannot be a duplicate of itself`);
      if (!earlier.has(target)) {
        const found = await c.all(`SELECT 1 AS x FROM documents WHERE id = ${d.placeholder(1)}`, [target]);
        if (found.length === 0) throw new DyadError('E_INPUT', `document ${doc.id}: duplicateOf ${target} is not a stored document`);
      }
    }
    earlier.add(doc.id);
  }
}

type ChildTable = 'document_bands' | 'sentences' | 'actors' | 'cited_sources' | 'events';
const CHILD_TABLES: ChildTable[] = ['document_bands', 'sentences', 'actors', 'cited_sources', 'events'];

/** Encoded child rows of one or more documents, per table, inserted together. */
class ChildRows {
  private readonly rows = new Map<ChildTable, unknown[][]>(CHILD_TABLES.map((t) => [t, []]));
  constructor(private readonly d: Dialect) {}

  add(table: ChildTable, key: number, rows: object[]): void {
    const cols = insertColumns(table);
    const out = this.rows.get(table)!;
    for (const r of rows) out.push(encodeRow(this.d, table, cols, { ...r, doc_key: key } as never));
  }

  /** A document's coding; adds the actor codes its events use to `codes`. */
  addCoding(key: number, rows: Omit<DocumentRows, 'document' | 'bands'>, codes: Set<string>): void {
    this.add('sentences', key, rows.sentences);
    this.add('actors', key, rows.actors);
    this.add('cited_sources', key, rows.citedSources);
    this.add('events', key, rows.events);
    for (const e of rows.events) {
      if (e.source_code !== null) codes.add(e.source_code);
      if (e.target_code !== null) codes.add(e.target_code);
    }
  }

  async insert(c: Conn): Promise<void> {
    for (const [table, rows] of this.rows) if (rows.length) await c.insertMany(table, insertColumns(table), rows);
  }
}

/** Records actor codes (once per transaction, sorted so concurrent writers lock in one order). */
/**
 * The batch's actor codes, multi-row in chunks of 64 ... 1 (one round trip per chunk, not per code:
 * a worker's batch has about a hundred), in sorted order so concurrent writers lock them alike.
 */
async function insertCodes(d: Dialect, c: Conn, codes: Set<string>): Promise<void> {
  const list = [...codes].sort();
  for (let i = 0; i < list.length;) {
    const chunk = list.slice(i, i + chunkSize(list.length - i));
    const marks = chunk.map((_, k) => `(${d.placeholder(k + 1)})`).join(', ');
    await c.run(`INSERT INTO actor_codes (code) VALUES ${marks} ON CONFLICT (code) DO NOTHING`, chunk);
    i += chunk.length;
  }
}

const ROLLUP_COLUMNS = insertColumns('rollup');

/**
 * Adds deltas (unique per key, from mergeDeltas) to the rollup with multi-row upserts, in chunks
 * of 64, 32, ... 1 rows (few distinct statements to prepare), then removes rows brought to zero.
 */
async function applyDeltas(d: Dialect, c: Conn, deltas: RollupDelta[]): Promise<void> {
  const upsert = (rows: number): string => {
    let n = 0;
    const values = Array.from({ length: rows }, () => `(${ROLLUP_COLUMNS.map(() => d.placeholder(++n)).join(', ')})`).join(', ');
    return `INSERT INTO rollup (${ROLLUP_COLUMNS.join(', ')}) VALUES ${values}
    ON CONFLICT (date, source_code, target_code) DO UPDATE SET events = rollup.events + excluded.events,
      goldstein_tenths = rollup.goldstein_tenths + excluded.goldstein_tenths,
      q1 = rollup.q1 + excluded.q1, q2 = rollup.q2 + excluded.q2, q3 = rollup.q3 + excluded.q3, q4 = rollup.q4 + excluded.q4`;
  };
  for (let i = 0; i < deltas.length;) {
    const size = chunkSize(deltas.length - i);
    const chunk = deltas.slice(i, i + size);
    await c.run(upsert(size), chunk.flatMap((delta) => encodeRow(d, 'rollup', ROLLUP_COLUMNS, delta)));
    i += size;
  }
  const prune = `DELETE FROM rollup WHERE source_code = ${d.placeholder(1)} AND target_code = ${d.placeholder(2)}
    AND date = ${d.placeholder(3)} AND events <= 0`;
  for (const delta of deltas) {
    if (delta.events < 0) await c.run(prune, [delta.source_code, delta.target_code, delta.date]);
  }
}

export async function replaceEvents(b: Backend, docId: string, doc: CodedDocument, coderVersion: string): Promise<void> {
  if (doc?.document?.id !== docId) {
    throw new DyadError('E_INPUT', `recode of ${docId}: the coded document's id is ${String(doc?.document?.id)}`);
  }
  const d = b.dialect;
  const p1 = d.placeholder(1);
  await b.transaction(async (c) => {
    const found = await c.all(`SELECT key, duplicate_of FROM documents WHERE id = ${p1}`, [docId]);
    if (found.length === 0) throw new DyadError('E_INPUT', `recode: no stored document ${docId}`);
    const key = Number(found[0].key);
    const rows = codingRows(doc, found[0].duplicate_of === null);
    const old = await c.all(
      `SELECT date, source_code, target_code, modality, goldstein, quad_class, counted FROM events WHERE doc_key = ${p1}`, [key]);
    const removed = rollupDeltas(old.map((r) => ({
      date: r.date as string | null, source_code: r.source_code as string | null, target_code: r.target_code as string | null,
      modality: r.modality as string, goldstein: Number(r.goldstein), quad_class: Number(r.quad_class),
      counted: r.counted === true || r.counted === 1,
    })), -1);
    for (const table of ['events', 'actors', 'sentences', 'cited_sources']) {
      await c.run(`DELETE FROM ${table} WHERE doc_key = ${p1}`, [key]);
    }
    const codes = new Set<string>();
    const children = new ChildRows(d);
    children.addCoding(key, rows, codes);
    await children.insert(c);
    await insertCodes(d, c, codes);
    const info = doc.document;
    await c.run(`UPDATE documents SET coder_version = ${d.placeholder(1)}, coded_at = ${d.placeholder(2)},
      language = ${d.placeholder(3)}, published = ${d.placeholder(4)}, genre = ${d.placeholder(5)},
      origin = ${d.placeholder(6)}, tone = ${d.placeholder(7)} WHERE key = ${d.placeholder(8)}`,
    [coderVersion, new Date().toISOString(), info.language, info.published, info.genre, info.origin, info.tone, key]);
    await applyDeltas(d, c, mergeDeltas([removed, rollupDeltas(rows.events)]));
  });
}
