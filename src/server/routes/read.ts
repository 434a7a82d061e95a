/** Read routes over events, actors, full text and totals. */
import type { Hono } from 'hono';
import type { Modality } from '../../coding/types.js';
import type { ActorCount, EventQuery } from '../../store/types.js';
import type { ServerContext } from '../context.js';
import { usage } from '../errors.js';
import { capped } from '../guard.js';
import { actorCode, date, defaultWindow, flag, int, list, queryOf, quads } from '../params.js';

export const MAX_EVENTS_PAGE = 500;
/** Deep offsets make the database skip that many rows: narrow the query instead. */
export const MAX_OFFSET = 10_000;
const MODALITIES = ['actual', 'negated', 'hypothetical', 'speculative', 'future'];
const EVENT_PARAMS = ['actor', 'dyad', 'both', 'cameo', 'root', 'quad', 'plover', 'modality', 'voice', 'from', 'to', 'text', 'document', 'limit', 'offset'];

export function modalities(v: string[] | undefined, name = 'modality'): Modality[] | undefined {
  for (const m of v ?? []) if (!MODALITIES.includes(m)) throw usage(`${name} must be among ${MODALITIES.join(', ')}, not ${JSON.stringify(m)}`);
  return v as Modality[] | undefined;
}

function dyadParam(v: string | undefined): [string, string] | undefined {
  if (v === undefined || v === '') return undefined;
  const parts = v.split('-');
  if (parts.length !== 2) throw usage(`dyad must be SOURCE-TARGET, e.g. JPN-USA, not ${JSON.stringify(v)}`);
  return [actorCode(parts[0], 'dyad')!, actorCode(parts[1], 'dyad')!];
}

function eventQuery(url: string): EventQuery {
  const q = queryOf(url, EVENT_PARAMS);
  const voice = q.voice || undefined;
  if (voice !== undefined && voice !== 'author' && voice !== 'reported') throw usage(`voice must be author or reported, not ${JSON.stringify(voice)}`);
  const text = q.text || undefined;
  if (text !== undefined && text.length > 500) throw usage('text must be at most 500 characters');
  return {
    actor: actorCode(q.actor, 'actor'), dyad: dyadParam(q.dyad), both: flag(q, 'both'),
    cameo: list(q, 'cameo'), root: list(q, 'root'), quadClass: quads(q, 'quad'), plover: list(q, 'plover'),
    modalities: modalities(list(q, 'modality')), voice, from: date(q, 'from'), to: date(q, 'to'), text,
    documentId: q.document || undefined,
    limit: int(q, 'limit', 50, 1, MAX_EVENTS_PAGE), offset: int(q, 'offset', 0, 0, MAX_OFFSET), order: '-date',
  };
}

export function readRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get('/api/stats', async (c) => {
    queryOf(c.req.url, []);
    const [stats, window] = await capped(ctx, Promise.all([store.stats(), defaultWindow(store)]));
    return c.json({ ...stats, window });
  });
  app.get('/api/events', async (c) => {
    const q = eventQuery(c.req.url);
    const events = await capped(ctx, store.queryEvents(q));
    return c.json({ events, limit: q.limit, offset: q.offset });
  });
  // Listing actors scans every actor mention (seconds on a million events): kept until the store's totals change.
  let actors: { key: string; value: ActorCount[] } | null = null;
  app.get('/api/actors', async (c) => {
    queryOf(c.req.url, []);
    const st = await capped(ctx, store.stats());
    const key = `${st.documents}/${st.events}/${st.countedActualEvents}/${st.actors}/${st.rollupRows}`;
    if (actors?.key !== key) actors = { key, value: await capped(ctx, store.actors()) };
    return c.json({ actors: actors.value });
  });
  app.get('/api/actors/unresolved', async (c) => {
    const q = queryOf(c.req.url, ['limit']);
    return c.json({ unresolved: await capped(ctx, store.unresolvedActors({ limit: int(q, 'limit', 50, 1, 500) })) });
  });
  app.get('/api/search', async (c) => {
    const q = queryOf(c.req.url, ['q', 'limit']);
    if (!q.q?.trim()) throw usage('q (the search text) is required');
    if (q.q.length > 500) throw usage('q must be at most 500 characters');
    return c.json({ hits: await capped(ctx, store.search(q.q, int(q, 'limit', 20, 1, 100))) });
  });
}
