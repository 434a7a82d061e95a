/**
 * POST /api/overlay: one actor overlay record (data/overlays/README.md) is validated, appended to
 * the server's user overlay file, the coder reloaded with it, and the stored documents whose text
 * contains one of its names recoded. Requests run one after another (one writer of the file).
 */
import { appendFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { toOverlayRecord } from '../../dict/overlay.js';
import { storedAsDocument } from '../../ingest/recode.js';
import type { Store } from '../../store/types.js';
import type { CoderSlot, ServerContext } from '../context.js';
import { usage } from '../errors.js';
import { jsonBody } from './body.js';

/** Up to this many documents per name are found by full text and recoded. */
const MAX_RECODE = 1000;

async function documentsNaming(store: Store, names: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const name of names) {
    const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) continue;
    for (const hit of await store.search(`"${words.join(' ')}"`, MAX_RECODE)) ids.add(hit.id);
  }
  return [...ids].sort();
}

export function overlayRoutes(app: Hono, ctx: ServerContext, coder: CoderSlot): void {
  let queue: Promise<unknown> = Promise.resolve();
  app.post('/api/overlay', async (c) => {
    const body = await jsonBody(c.req.raw, ctx.maxBodyBytes);
    const record = toOverlayRecord(body, 1, (problem) => { throw usage(`overlay record: ${problem}`); });
    const run = async () => {
      appendFileSync(ctx.overlayFile, JSON.stringify(body) + '\n');
      const fresh = coder.reload();
      const version = ctx.coderVersion(fresh);
      let recoded = 0;
      for (const id of await documentsNaming(ctx.store, record.names)) {
        const stored = await ctx.store.getDocument(id);
        if (!stored) continue;
        await ctx.store.replaceEvents(id, fresh.code(storedAsDocument(stored)), version);
        recoded++;
      }
      return recoded;
    };
    const p = queue.then(run, run);
    queue = p.catch(() => undefined);
    return c.json({ recoded: await p });
  });
}
