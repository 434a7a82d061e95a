/** The read path shared by both drivers. */
import type { Modality } from '../coding/types.js';
import { DyadError } from '../util/errors.js';
import { decodeRow } from './codec.js';
import { checkCameoCode, checkDate, normaliseActorCode, prefixRange } from './codes.js';
import { Params, type Backend } from './dialect.js';
import { parseSearch } from './fts-query.js';
import { decodeDocument, decodeEventRow } from './rows.js';
import { bucket, type DailyTotal } from './series.js';
import { bandKeys, isSignature, similarity } from './minhash.js';
import {
  MAX_EVENT_LIMIT, type DocumentSummary, type DyadTotal, type EventQuery, type EventRow, type SearchHit,
  type SeriesOptions, type SeriesRow, type SimilarDocument, type StoredDocument,
} from './types.js';

/** A prefix standing for more codes than this is too broad to be a useful query (and to bind). */
const MAX_EXPANSION = 2000;

const MODALITIES: readonly Modality[] = ['actual', 'negated', 'hypothetical', 'speculative', 'future'];

/** The actor codes a query code stands for: itself when exact, else every stored code it prefixes. */
export async function expandCode(b: Backend, code: string, exact: boolean | undefined): Promise<string[]> {
  const c = normaliseActorCode(code);
  if (exact) return [c];
  const [lo, hi] = prefixRange(c);
  const p = new Params(b.dialect);
  const rows = await b.read.all(`SELECT code FROM actor_codes WHERE code >= ${p.add(lo)} AND code < ${p.add(hi)} LIMIT ${p.add(MAX_EXPANSION + 1)}`, p.values);
  if (rows.length > MAX_EXPANSION) throw new DyadError('E_USAGE', `actor code prefix ${c} matches more than ${MAX_EXPANSION} codes; give more of the code`);
  return rows.map((r) => String(r.code));
}

function inList(b: Backend, p: Params, column: string, values: readonly unknown[]): string {
  return values.length === 0 ? b.dialect.boolSql(false) : `${column} IN (${p.list(values)})`;
}

function checkModalities(ms: readonly string[]): Modality[] {
  for (const m of ms) if (!MODALITIES.includes(m as Modality)) throw new DyadError('E_USAGE', `unknown modality ${JSON.stringify(m)} (one of ${MODALITIES.join(', ')})`);
  return ms as Modality[];
}

/** The condition selecting dyad a->b (and b->a when both) over columns with the given prefix. */
async function dyadCondition(b: Backend, p: Params, prefix: string, a: string, t: string, both: boolean | undefined, exact: boolean | undefined): Promise<string> {
  const [as, ts] = await Promise.all([expandCode(b, a, exact), expandCode(b, t, exact)]);
  const one = `(${inList(b, p, `${prefix}source_code`, as)} AND ${inList(b, p, `${prefix}target_code`, ts)})`;
  if (!both) return one;
  return `(${one} OR (${inList(b, p, `${prefix}source_code`, ts)} AND ${inList(b, p, `${prefix}target_code`, as)}))`;
}

async function eventConditions(b: Backend, q: EventQuery, p: Params): Promise<string[]> {
  const where: string[] = [];
  const d = b.dialect;
  if (q.actor !== undefined) {
    const codes = await expandCode(b, q.actor, q.exact);
    where.push(`(${inList(b, p, 'e.source_code', codes)} OR ${inList(b, p, 'e.target_code', codes)})`);
  }
  if (q.dyad !== undefined) where.push(await dyadCondition(b, p, 'e.', q.dyad[0], q.dyad[1], q.both, q.exact));
  if (q.cameo?.length) where.push(`(${q.cameo.map((c) => `e.cameo LIKE ${p.add(checkCameoCode(c) + '%')}`).join(' OR ')})`);
  if (q.root?.length) where.push(inList(b, p, 'e.root', q.root.map(checkCameoCode)));
  if (q.quadClass?.length) where.push(inList(b, p, 'e.quad_class', q.quadClass.map(Number)));
  if (q.plover?.length) where.push(inList(b, p, 'e.plover_type', q.plover));
  if (q.modalities !== undefined) where.push(inList(b, p, 'e.modality', checkModalities(q.modalities)));
  if (q.voice !== undefined) where.push(`e.voice = ${p.add(q.voice)}`);
  if (q.from !== undefined) where.push(`e.date >= ${p.add(checkDate(q.from, 'from'))}`);
  if (q.to !== undefined) where.push(`e.date <= ${p.add(checkDate(q.to, 'to'))}`);
  if (q.documentId !== undefined) where.push(`d.id = ${p.add(q.documentId)}`);
  if (q.text !== undefined) where.push(`e.doc_key IN (${d.ftsKeys(parseSearch(q.text), p)})`);
  if (!q.includeDuplicates) where.push(`e.counted = ${d.boolSql(true)}`);
  return where;
}

function checkLimit(n: number | undefined, dflt: number, max: number, what: string): number {
  if (n === undefined) return dflt;
  if (!Number.isInteger(n) || n < 0) throw new DyadError('E_USAGE', `${what} must be a whole number >= 0, not ${n}`);
  return Math.min(n, max);
}

export async function queryEvents(b: Backend, q: EventQuery = {}): Promise<EventRow[]> {
  const p = new Params(b.dialect);
  const where = await eventConditions(b, q, p);
  const limit = checkLimit(q.limit, 100, MAX_EVENT_LIMIT, 'limit');
  const offset = checkLimit(q.offset, 0, Number.MAX_SAFE_INTEGER, 'offset');
  const dir = q.order === '-date' ? 'DESC' : 'ASC';
  const order = `ORDER BY e.date ${dir} NULLS LAST, e.key ${dir}`;
  // The page's keys first (the sort carries two columns, not whole rows), then those rows: a
  // busy dyad's newest 50 of tens of thousands of events.
  const needsDoc = where.some((w) => w.includes('d.'));
  const sql = `SELECT e.*, d.id AS document_id FROM events e JOIN documents d ON d.key = e.doc_key
    WHERE e.key IN (SELECT e.key FROM events e ${needsDoc ? 'JOIN documents d ON d.key = e.doc_key' : ''}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${order} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)})
    ${order}`;
  const rows = await b.read.all(sql, p.values);
  return rows.map((r) => decodeEventRow(decodeRow('events', r), String(r.document_id)));
}

function daily(r: Record<string, unknown>): DailyTotal {
  return {
    date: String(r.date), events: Number(r.events), goldstein_tenths: Number(r.goldstein_tenths),
    q1: Number(r.q1), q2: Number(r.q2), q3: Number(r.q3), q4: Number(r.q4),
  };
}

export async function dyadSeries(b: Backend, a: string, t: string, o: SeriesOptions = {}): Promise<SeriesRow[]> {
  const by = o.by ?? 'day';
  if (!['day', 'week', 'month'].includes(by)) throw new DyadError('E_USAGE', `series period must be day, week or month, not ${JSON.stringify(by)}`);
  const modalities = checkModalities(o.modalities ?? ['actual']);
  const p = new Params(b.dialect);
  const fromRollup = modalities.length === 1 && modalities[0] === 'actual';
  const prefix = fromRollup ? '' : 'e.';
  const where = [await dyadCondition(b, p, prefix, a, t, o.both, o.exact)];
  if (o.from !== undefined) where.push(`${prefix}date >= ${p.add(checkDate(o.from, 'from'))}`);
  if (o.to !== undefined) where.push(`${prefix}date <= ${p.add(checkDate(o.to, 'to'))}`);
  let sql: string;
  if (fromRollup) {
    sql = `SELECT date, SUM(events) AS events, SUM(goldstein_tenths) AS goldstein_tenths,
      SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4
      FROM rollup WHERE ${where.join(' AND ')} GROUP BY date`;
  } else {
    // Same counting rule as the rollup (rollup.ts isCounted), with the modalities asked for.
    where.push('e.date IS NOT NULL', `e.counted = ${b.dialect.boolSql(true)}`, inList(b, p, 'e.modality', modalities));
    const q = (n: number) => `SUM(CASE WHEN e.quad_class = ${n} THEN 1 ELSE 0 END) AS q${n}`;
    sql = `SELECT e.date AS date, COUNT(*) AS events, SUM(ROUND(e.goldstein * 10)) AS goldstein_tenths, ${[1, 2, 3, 4].map(q).join(', ')}
      FROM events e WHERE ${where.join(' AND ')} GROUP BY e.date`;
  }
  return bucket((await b.read.all(sql, p.values)).map(daily), by);
}

export async function topDyads(b: Backend, o: { from: string; to: string; limit?: number }): Promise<DyadTotal[]> {
  const p = new Params(b.dialect);
  const from = p.add(checkDate(o.from, 'from'));
  const to = p.add(checkDate(o.to, 'to'));
  const limit = p.add(checkLimit(o.limit, 50, 10_000, 'limit'));
  const rows = await b.read.all(`SELECT source_code, target_code, SUM(events) AS events, SUM(goldstein_tenths) AS tenths
    FROM rollup WHERE date >= ${from} AND date <= ${to} GROUP BY source_code, target_code
    ORDER BY events DESC, source_code, target_code LIMIT ${limit}`, p.values);
  return rows.map((r) => {
    const events = Number(r.events);
    const tenths = Number(r.tenths);
    return { source: String(r.source_code), target: String(r.target_code), events, goldsteinSum: tenths / 10, goldsteinMean: tenths / events / 10 };
  });
}

export async function search(b: Backend, text: string, limit = 20): Promise<SearchHit[]> {
  const terms = parseSearch(text);
  const p = new Params(b.dialect);
  const sql = b.dialect.ftsSearch(terms, checkLimit(limit, 20, 1000, 'limit'), p);
  const rows = await b.read.all(sql, p.values);
  return rows.map((r) => ({ id: String(r.id), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null, snippet: String(r.snippet ?? '') }));
}

const SUMMARY = 'id, title, published, url, canonical_url, duplicate_of';

function summary(r: Record<string, unknown>): DocumentSummary {
  return {
    id: String(r.id), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
    url: (r.url as string | null) ?? null, canonicalUrl: (r.canonical_url as string | null) ?? null,
    duplicateOf: (r.duplicate_of as string | null) ?? null,
  };
}

export async function findBy(b: Backend, column: 'canonical_url' | 'text_hash', value: string): Promise<DocumentSummary[]> {
  const rows = await b.read.all(`SELECT ${SUMMARY} FROM documents WHERE ${column} = ${b.dialect.placeholder(1)} ORDER BY key`, [value]);
  return rows.map(summary);
}

export async function similarDocuments(b: Backend, signature: string, minSimilarity = 0.5): Promise<SimilarDocument[]> {
  if (!isSignature(signature)) bandKeys(signature); // throws the E_USAGE that says what a signature is
  if (typeof minSimilarity !== 'number' || !(minSimilarity > 0 && minSimilarity <= 1)) {
    throw new DyadError('E_USAGE', `minSimilarity must be in (0, 1], not ${minSimilarity}`);
  }
  const p = new Params(b.dialect);
  // Candidates share a band (see minhash.ts); the cap bounds the work for pathological texts.
  // From 0.7 up, two shared bands are asked for: that loses a 0.7-similar document with
  // probability 0.0025 (0.8: 0.00001) and drops most chance matches of unrelated texts.
  const shared = minSimilarity >= 0.7 ? 2 : 1;
  const rows = await b.read.all(`SELECT ${SUMMARY}, minhash FROM documents WHERE key IN (
    SELECT doc_key FROM document_bands WHERE band IN (${p.list(bandKeys(signature))})
    GROUP BY doc_key HAVING COUNT(*) >= ${p.add(shared)}) LIMIT 5000`, p.values);
  return rows
    .map((r) => ({ ...summary(r), similarity: similarity(signature, String(r.minhash)) }))
    .filter((r) => r.similarity >= minSimilarity)
    .sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
}

/**
 * similarDocuments for several signatures in two queries, whatever their number (a worker's batch):
 * the stored documents sharing bands with any of them, then the signatures of those that share
 * enough with one. Result i belongs to signatures[i].
 */
export async function similarDocumentsMany(b: Backend, signatures: string[], minSimilarity = 0.5): Promise<SimilarDocument[][]> {
  for (const s of signatures) if (!isSignature(s)) bandKeys(s);
  if (typeof minSimilarity !== 'number' || !(minSimilarity > 0 && minSimilarity <= 1)) {
    throw new DyadError('E_USAGE', `minSimilarity must be in (0, 1], not ${minSimilarity}`);
  }
  if (!signatures.length) return [];
  const shared = minSimilarity >= 0.7 ? 2 : 1;
  const bands = signatures.map((s) => new Set(bandKeys(s)));
  const all = [...new Set(bands.flatMap((set) => [...set]))];
  const p = new Params(b.dialect);
  const hits = await b.read.all(`SELECT doc_key, band FROM document_bands WHERE band IN (${p.list(all)}) LIMIT 100000`, p.values);
  // Per signature, the candidates sharing enough bands.
  const byDoc = new Map<number, number[]>();
  for (const r of hits) {
    const k = Number(r.doc_key), list = byDoc.get(k);
    if (list) list.push(Number(r.band));
    else byDoc.set(k, [Number(r.band)]);
  }
  const wanted: number[][] = bands.map((set) => [...byDoc].filter(([, bs]) => bs.filter((x) => set.has(x)).length >= shared).map(([k]) => k));
  const keys = [...new Set(wanted.flat())];
  if (!keys.length) return signatures.map(() => []);
  const q = new Params(b.dialect);
  const rows = await b.read.all(`SELECT key, ${SUMMARY}, minhash FROM documents WHERE key IN (${q.list(keys.slice(0, 5000))})`, q.values);
  const byKey = new Map(rows.map((r) => [Number(r.key), r]));
  return signatures.map((sig, i) => wanted[i]
    .map((k) => byKey.get(k))
    .filter((r): r is Record<string, unknown> => r !== undefined)
    .map((r) => ({ ...summary(r), similarity: similarity(sig, String(r.minhash)) }))
    .filter((r) => r.similarity >= minSimilarity)
    .sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1)));
}

export async function getDocument(b: Backend, id: string): Promise<StoredDocument | null> {
  const ph = b.dialect.placeholder(1);
  const docs = await b.read.all(`SELECT * FROM documents WHERE id = ${ph}`, [id]);
  if (docs.length === 0) return null;
  const document = decodeRow('documents', docs[0]);
  const child = async (table: 'sentences' | 'actors' | 'cited_sources' | 'events', order: string) =>
    (await b.read.all(`SELECT * FROM ${table} WHERE doc_key = ${ph} ORDER BY ${order}`, [document.key]));
  const [sentences, actors, cited, events] = await Promise.all([
    child('sentences', 'idx'), child('actors', 'idx'), child('cited_sources', 'idx'), child('events', 'idx'),
  ]);
  return decodeDocument({
    document,
    sentences: sentences.map((r) => decodeRow('sentences', r)),
    actors: actors.map((r) => decodeRow('actors', r)),
    citedSources: cited.map((r) => decodeRow('cited_sources', r)),
    events: events.map((r) => decodeRow('events', r)),
  });
}

/**
 * Ids of stored documents in id order, a page at a time (keyset paging: pass the last id seen as
 * `after`), so a caller can walk a whole store (recode) without loading it.
 */
export async function documentIds(b: Backend, opts: { after?: string; limit?: number } = {}): Promise<string[]> {
  const limit = opts.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10000) throw new DyadError('E_USAGE', `limit must be an integer in 1..10000, not ${limit}`);
  const rows = opts.after === undefined
    ? await b.read.all(`SELECT id FROM documents ORDER BY id LIMIT ${limit}`, [])
    : await b.read.all(`SELECT id FROM documents WHERE id > ${b.dialect.placeholder(1)} ORDER BY id LIMIT ${limit}`, [opts.after]);
  return rows.map((r) => String(r.id));
}
