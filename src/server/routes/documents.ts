/** Documents: a page of summaries, one document with its text and coding, and POST to code and store one. */
import type { Hono } from 'hono';
import { ingestDocument } from '../../ingest/ingest.js';
import type { Document } from '../../ingest/readers/types.js';
import { loadSource } from '../../ingest/source.js';
import type { DocumentSummary } from '../../store/types.js';
import type { CoderSlot, ServerContext } from '../context.js';
import { HttpError, notFound, usage } from '../errors.js';
import { capped } from '../guard.js';
import { date, int, queryOf } from '../params.js';
import { jsonBody, optString } from './body.js';

const MAX_TEXT = 200_000;

async function postedDocument(body: Record<string, unknown>, ctx: ServerContext): Promise<Document> {
  for (const k of Object.keys(body)) if (!['text', 'title', 'date', 'url'].includes(k)) throw usage(`unknown field "${k}" (allowed: text, title, date, url)`);
  const title = optString(body, 'title', 1000), url = optString(body, 'url', 4000);
  const published = body.date === undefined ? null : date({ date: String(body.date) }, 'date') ?? null;
  if (url !== null && !/^https?:\/\//i.test(url)) throw usage('url must be an http(s) URL');
  const text = optString(body, 'text', MAX_TEXT);
  if (text !== null) {
    if (!text.trim()) throw usage('text is empty');
    return { text, meta: { title, url, canonicalUrl: url, published, byline: null, sourceId: null, format: 'text', file: null } };
  }
  if (url === null) throw usage('the body needs "text" or "url"');
  const loaded = await loadSource({ kind: 'url', url }, { fetch: ctx.fetch });
  if (loaded.items.length > 0) throw usage('the URL is a feed; post its items one by one');
  if (loaded.docs.length !== 1) throw usage(`the URL gave ${loaded.docs.length} documents, not one`);
  const doc = loaded.docs[0];
  return { text: doc.text, meta: { ...doc.meta, title: title ?? doc.meta.title, published: published ?? doc.meta.published } };
}

export function documentRoutes(app: Hono, ctx: ServerContext, coder: CoderSlot): void {
  const { store } = ctx;
  app.get('/api/documents', async (c) => {
    const q = queryOf(c.req.url, ['limit', 'after']);
    const limit = int(q, 'limit', 20, 1, 100);
    const ids = await capped(ctx, store.documentIds({ after: q.after || undefined, limit }));
    const documents: DocumentSummary[] = [];
    for (const id of ids) {
      const d = await capped(ctx, store.getDocument(id));
      if (d) documents.push({ id, title: d.coded.document.title, published: d.coded.document.published, url: d.url, canonicalUrl: d.canonicalUrl, duplicateOf: d.duplicateOf });
    }
    return c.json({ documents, next: ids.length === limit ? ids[ids.length - 1] : null });
  });
  app.get('/api/documents/:id', async (c) => {
    queryOf(c.req.url, []);
    const id = c.req.param('id');
    if (id.length > 200) throw usage('document id too long');
    const d = await capped(ctx, store.getDocument(id));
    if (!d) throw notFound(`no document ${id}`);
    const info = d.coded.document;
    return c.json({ id, title: info.title, url: d.url, canonicalUrl: d.canonicalUrl, published: info.published, duplicateOf: d.duplicateOf, text: d.text, coded: d.coded });
  });
  app.post('/api/documents', async (c) => {
    const body = await jsonBody(c.req.raw, ctx.maxBodyBytes);
    const doc = await postedDocument(body, ctx);
    const c0 = coder.get();
    const r = await ingestDocument(doc, { coder: c0, store, coderVersion: ctx.coderVersion(c0), readStdin: () => { throw new HttpError(400, 'E_USAGE', 'no stdin'); } });
    return c.json({ id: r.id, inserted: r.inserted, events: r.events }, 201);
  });
}
