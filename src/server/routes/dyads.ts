/** Dashboard views: top and most changed dyads, a dyad's series, the daily timeline, the actor graph. */
import type { Hono } from 'hono';
import type { Period, SeriesRow } from '../../store/types.js';
import type { ServerContext } from '../context.js';
import { usage } from '../errors.js';
import { capped } from '../guard.js';
import { actorCode, flag, int, list, queryOf, quads, windowOf } from '../params.js';
import { modalities } from './read.js';

/** The period where the Goldstein mean moved most against the previous period, or null. */
export function biggestChange(rows: SeriesRow[]): { period: string; delta: number } | null {
  let best: { period: string; delta: number } | null = null;
  for (let i = 1; i < rows.length; i++) {
    const delta = rows[i].goldsteinMean - rows[i - 1].goldsteinMean;
    if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { period: rows[i].period, delta };
  }
  return best;
}

export function dyadRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get('/api/dyads/top', async (c) => {
    const q = queryOf(c.req.url, ['from', 'to', 'limit']);
    const limit = int(q, 'limit', 20, 1, 200);
    const dyads = await capped(ctx, windowOf(q, store).then((w) => store.topDyads({ ...w, limit })));
    return c.json({ dyads });
  });
  app.get('/api/dyads/changed', async (c) => {
    const q = queryOf(c.req.url, ['from', 'to', 'limit', 'minEvents']);
    const limit = int(q, 'limit', 20, 1, 200);
    const minEvents = int(q, 'minEvents', 3, 1, 1_000_000);
    const dyads = await capped(ctx, windowOf(q, store).then((w) => store.changedDyads({ ...w, limit, minEvents })));
    return c.json({ dyads });
  });
  app.get('/api/dyads/:a/:b/series', async (c) => {
    const q = queryOf(c.req.url, ['by', 'from', 'to', 'both', 'modality']);
    const by = (q.by || 'day') as Period;
    if (!['day', 'week', 'month'].includes(by)) throw usage(`by must be day, week or month, not ${JSON.stringify(q.by)}`);
    const a = actorCode(c.req.param('a'), 'a')!, b = actorCode(c.req.param('b'), 'b')!;
    const both = flag(q, 'both');
    const mods = modalities(list(q, 'modality'));
    const rows = await capped(ctx, windowOf(q, store).then((w) => store.dyadSeries(a, b, { by, ...w, both, modalities: mods })));
    return c.json({ rows, change: biggestChange(rows) });
  });
  app.get('/api/timeline', async (c) => {
    const q = queryOf(c.req.url, ['from', 'to']);
    const days = await capped(ctx, windowOf(q, store).then((w) => store.timeline(w)));
    return c.json({ days });
  });
  app.get('/api/graph', async (c) => {
    const q = queryOf(c.req.url, ['from', 'to', 'actor', 'country', 'quad', 'minEvents', 'limit']);
    const country = q.country ? q.country.toUpperCase() : undefined;
    if (country !== undefined && !/^[A-Z]{3}$/.test(country)) throw usage(`country must be a three-letter code, not ${JSON.stringify(q.country)}`);
    const opts = {
      actor: actorCode(q.actor, 'actor'), country, quad: quads(q, 'quad'),
      minEvents: int(q, 'minEvents', 1, 1, 1_000_000), limit: int(q, 'limit', 500, 1, 5000),
    };
    return c.json(await capped(ctx, windowOf(q, store).then((w) => store.graph({ ...w, ...opts }))));
  });
}
