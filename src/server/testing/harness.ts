/**
 * A real server for the tests: a SQLite store in a temp folder holding the store fixtures, the
 * app listening on 127.0.0.1 on a free port, and a small JSON client for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coderVersion, loadCoder } from '../../cli/coder-options.js';
import type { SqliteStore } from '../../store/sqlite/driver.js';
import { openSqlite } from '../../store/sqlite/driver.js';
import { fixtures, syntheticDoc } from '../../store/testing/fixtures.js';
import type { ServerContext } from '../context.js';
import { startServer } from '../serve.js';

export interface TestServer {
  url: string; dir: string; store: SqliteStore; overlayFile: string; log: string[];
  get(path: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  post(path: string, body: unknown, token?: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export async function fillStore(store: SqliteStore): Promise<void> {
  const f = fixtures();
  for (const x of [f.jpnUsa, f.chnUsa, f.usaChn, f.jpnUsaLater]) {
    await store.putDocument(x.doc, { text: x.text, url: x.url, canonicalUrl: x.url, title: x.title, coderVersion: 'fixture' });
  }
  for (let i = 0; i < 10; i++) {
    const d = syntheticDoc(i, 'srv');
    await store.putDocument(d.doc, { text: d.text, url: null, canonicalUrl: null, title: d.doc.document.title, coderVersion: 'fixture' });
  }
}

export async function testServer(opts: Partial<ServerContext> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const store = openSqlite(join(dir, 'store.db'));
  await store.migrate();
  await fillStore(store);
  const log: string[] = [];
  const overlayFile = join(dir, 'overlay.jsonl');
  const running = await startServer({
    store, overlayFile, webDir: null, coderVersion, readFile: join(dir, 'store.db'),
    loadCoder: (overlays) => loadCoder({ overlay: overlays }), log: (l) => log.push(l), ...opts,
  }, '127.0.0.1', 0);
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(running.url + path, init);
    const text = await res.text();
    let body: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    return { status: res.status, body, headers: res.headers } as { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return {
    url: running.url, dir, store, overlayFile, log,
    get: (path) => call(path),
    post: (path, body, token, headers = {}) => call(path, {
      method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    }),
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
