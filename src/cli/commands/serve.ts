/**
 * `dyad serve`: the HTTP API and the web dashboard (docs/api.md).
 *   --db PATH|postgres://  --host 127.0.0.1  --port 8080  --web DIR (default dist/web of the package)
 *   --overlay-file FILE (where POST /api/overlay appends; default ./dyad-overlay.jsonl) and the coder options.
 * Write endpoints need DYAD_TOKEN; without it the server only listens on loopback.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../../server/serve.js';
import { openStore, storeUrl } from '../../store/index.js';
import type { Command } from '../command.js';
import { parseOrUsage, positiveInt, usageError } from '../command.js';
import { CODER_OPTIONS, CODER_USAGE, coderVersion, loadCoder } from '../coder-options.js';

const USAGE = `dyad serve [--db PATH|postgres://...] [--host 127.0.0.1] [--port 8080] [--web DIR] [--overlay-file FILE] ${CODER_USAGE}`;

const DEFAULT_WEB = fileURLToPath(new URL('../../../web/', import.meta.url));

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: {
      ...CODER_OPTIONS, db: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '8080' },
      web: { type: 'string' }, 'overlay-file': { type: 'string', default: 'dyad-overlay.jsonl' }, help: { type: 'boolean', default: false },
    } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const port = o.port === '0' ? 0 : positiveInt(o.port, '--port');
    if (port > 65535) throw usageError('--port must be at most 65535');
    const webDir = o.web ?? DEFAULT_WEB;
    if (o.web !== undefined && !existsSync(o.web)) throw usageError(`--web ${o.web}: no such folder`);
    const store = await openStore(o.db);
    const token = process.env.DYAD_TOKEN || undefined;
    let running;
    try {
      running = await startServer({
        store, token, overlayFile: o['overlay-file'], webDir: existsSync(webDir) ? webDir : null,
        readFile: store.driver === 'sqlite' ? storeUrl(o.db).replace(/^sqlite:(\/\/)?/i, '') : undefined,
        loadCoder: (overlays) => loadCoder({ ...o, overlay: [...(o.overlay ?? []), ...overlays] }),
        coderVersion, log: (line) => io.err(line + '\n'),
      }, o.host, port);
    } catch (e) {
      await store.close();
      throw e;
    }
    io.err(`dyad: serving ${running.url} (${token ? 'writes need the token' : 'read-only: set DYAD_TOKEN to allow writes'})\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    await store.close();
    return 0;
  },
};
