/** Who is in the store: actors with counts, names the dictionaries did not know, totals. */
import { Params, type Backend } from './dialect.js';
import type { ActorCount, StoreStats, UnresolvedActor } from './types.js';

export async function actors(b: Backend): Promise<ActorCount[]> {
  const names = await b.read.all(`SELECT code, text, MAX(country) AS country, COUNT(DISTINCT doc_key) AS documents
    FROM actors WHERE code IS NOT NULL GROUP BY code, text`);
  const counts = await b.read.all(`SELECT code, SUM(n) AS events FROM (
      SELECT source_code AS code, SUM(events) AS n FROM rollup GROUP BY source_code
      UNION ALL SELECT target_code AS code, SUM(events) AS n FROM rollup GROUP BY target_code) x GROUP BY code`);
  const byCode = new Map<string, ActorCount & { best: number }>();
  const entry = (code: string) => {
    let a = byCode.get(code);
    if (!a) { a = { code, country: null, name: code, documents: 0, events: 0, best: 0 }; byCode.set(code, a); }
    return a;
  };
  for (const r of names) {
    const a = entry(String(r.code));
    const docs = Number(r.documents);
    // Documents of different surface forms may overlap; the sum is an upper bound, good enough for ranking.
    a.documents += docs;
    a.country ??= (r.country as string | null) ?? null;
    if (docs > a.best || (docs === a.best && String(r.text) < a.name)) { a.best = docs; a.name = String(r.text); }
  }
  for (const r of counts) entry(String(r.code)).events = Number(r.events);
  return [...byCode.values()]
    .map(({ best: _best, ...a }) => a)
    .sort((x, y) => y.events - x.events || y.documents - x.documents || (x.code < y.code ? -1 : 1));
}

const CONTEXTS = 3;

export async function unresolvedActors(b: Backend, opts: { limit?: number } = {}): Promise<UnresolvedActor[]> {
  const d = b.dialect;
  const p = new Params(d);
  const limit = Math.max(1, Math.min(opts.limit ?? 100, 10_000));
  const names = await b.read.all(`SELECT text, MIN(code) AS code, COUNT(DISTINCT doc_key) AS documents FROM actors
    WHERE resolved = ${d.boolSql(false)} GROUP BY text ORDER BY documents DESC, text LIMIT ${p.add(limit)}`, p.values);
  const out: UnresolvedActor[] = [];
  for (const n of names) {
    const text = String(n.text);
    const seen = await b.read.all(`SELECT a.mentions, d.id, d.text FROM actors a JOIN documents d ON d.key = a.doc_key
      WHERE a.resolved = ${d.boolSql(false)} AND a.text = ${d.placeholder(1)} ORDER BY a.doc_key LIMIT ${CONTEXTS}`, [text]);
    const contexts = [];
    for (const s of seen) {
      const mentions = (typeof s.mentions === 'string' ? JSON.parse(s.mentions) : s.mentions) as [number, number][];
      contexts.push({ documentId: String(s.id), sentence: await sentenceAround(b, String(s.id), String(s.text), mentions[0]?.[0] ?? 0) });
    }
    out.push({ text, code: (n.code as string | null) ?? null, documents: Number(n.documents), contexts });
  }
  return out;
}

/** The stored sentence containing a text offset (sliced in JS: spans are UTF-16 offsets). */
async function sentenceAround(b: Backend, docId: string, text: string, offset: number): Promise<string> {
  const p = new Params(b.dialect);
  const rows = await b.read.all(`SELECT s.span_start, s.span_end FROM sentences s JOIN documents d ON d.key = s.doc_key
    WHERE d.id = ${p.add(docId)} AND s.span_start <= ${p.add(offset)} AND s.span_end > ${p.add(offset)} LIMIT 1`, p.values);
  if (rows.length === 0) return text.slice(Math.max(0, offset - 80), offset + 80);
  return text.slice(Number(rows[0].span_start), Number(rows[0].span_end));
}

export async function stats(b: Backend): Promise<StoreStats> {
  const one = async (sql: string) => Number((await b.read.all(sql))[0].n);
  return {
    driver: b.dialect.name,
    schemaVersion: await b.schemaVersion(),
    documents: await one('SELECT COUNT(*) AS n FROM documents'),
    duplicates: await one('SELECT COUNT(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
    events: await one('SELECT COUNT(*) AS n FROM events'),
    countedActualEvents: await one(`SELECT COALESCE(SUM(events), 0) AS n FROM rollup`),
    actors: await one('SELECT COUNT(*) AS n FROM actor_codes'),
    rollupRows: await one('SELECT COUNT(*) AS n FROM rollup'),
  };
}
