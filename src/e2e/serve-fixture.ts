/**
 * For browser tests and the dashboard benchmark: ingest a corpus into a store, start `dyad serve`
 * on a free loopback port as a child process, wait until /api/stats answers, stop it afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));

export interface Served { url: string; child: ChildProcess; stop: () => Promise<void> }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Runs `dyad ingest FILE --db DB [--date DATE]`; throws with its stderr when it fails. */
export function ingest(file: string, db: string, date?: string): void {
  const r = spawnSync(process.execPath, [CLI, 'ingest', file, '--db', db, ...(date ? ['--date', date] : [])], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest ${file} failed (${r.status}): ${r.stderr}`);
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/stats`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dyad serve did not answer ${url}/api/stats within ${timeoutMs} ms`);
}

/** Starts `dyad serve --db DB --port <free>` and resolves once it answers. */
export async function serve(db: string, env: Record<string, string> = {}, timeoutMs = 20_000, args: string[] = []): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', String(port), ...args], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try { await waitReady(url, child, timeoutMs); } catch (e) { await stop(); throw new Error(`${(e as Error).message}\n${stderr}`); }
  return { url, child, stop };
}

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
