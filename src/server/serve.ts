/**
 * Starting and stopping the HTTP server. A non-loopback address needs a token: the write
 * endpoints must never be open to a network by accident.
 */
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { DyadError } from '../util/errors.js';
import { buildApp } from './app.js';
import type { ServerContext } from './context.js';
import { WorkerReads } from './worker-reads.js';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

export interface Running { url: string; port: number; close(): Promise<void> }

export function startServer(ctx: ServerContext, host: string, port: number): Promise<Running> {
  if (!isLoopback(host) && !ctx.token) {
    throw new DyadError('E_USAGE', `refusing to listen on ${host} (not loopback) without a token: set DYAD_TOKEN`, { exit: 1 });
  }
  const reads = ctx.readFile ? new WorkerReads(ctx.readFile, ctx.queryTimeoutMs ?? 10_000) : null;
  const app = buildApp(reads ? { ...ctx, store: reads.store(ctx.store) } : ctx);
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`, port: info.port,
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          });
          await reads?.close();
        },
      });
    });
    server.once('error', reject);
    // A slow client cannot hold a request open forever.
    (server as { requestTimeout?: number }).requestTimeout = 60_000;
  });
}
