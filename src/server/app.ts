/**
 * The HTTP app: the JSON API under /api (docs/api.md) and the dashboard's static files, from one
 * context. Errors become JSON in one place (onError); body size and query time are capped.
 */
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { requireToken } from './auth.js';
import { CoderSlot, type ServerContext } from './context.js';
import { errorBody, errorResponse } from './errors.js';
import { openApiDocument } from './openapi.js';
import { documentRoutes } from './routes/documents.js';
import { dyadRoutes } from './routes/dyads.js';
import { overlayRoutes } from './routes/overlay.js';
import { readRoutes } from './routes/read.js';
import { serveStatic } from './static.js';

export function buildApp(ctx: ServerContext): Hono {
  const app = new Hono();
  const coder = new CoderSlot(ctx, () => (existsSync(ctx.overlayFile) ? [ctx.overlayFile] : []));
  const log = ctx.log ?? (() => undefined);
  app.use('*', async (c, next) => {
    const t = performance.now();
    await next();
    // Method, path and status only: never headers (the token) nor bodies.
    log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${(performance.now() - t).toFixed(1)}ms`);
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });
  app.post('/api/*', requireToken(ctx.token));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  readRoutes(app, ctx);
  dyadRoutes(app, ctx);
  documentRoutes(app, ctx, coder);
  overlayRoutes(app, ctx, coder);
  app.all('/api/*', (c) => c.json(errorBody('E_NOT_FOUND', `no endpoint ${c.req.method} ${new URL(c.req.url).pathname}`), 404));
  app.get('*', serveStatic(ctx.webDir));
  app.onError((e, c) => {
    const r = errorResponse(e, (err) => log(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
    return c.json(r.body, r.status as 400);
  });
  app.notFound((c) => c.json(errorBody('E_NOT_FOUND', 'not found'), 404));
  return app;
}
