/**
 * Server benchmark: every API call behind the dashboard's default views, over real HTTP on
 * 127.0.0.1, against the million-event store of bench/store.ts (target: each under 150 ms).
 * The store is built once into DYAD_BENCH_DB (default /tmp/dyad-bench-1m.db) and reused: building
 * it takes minutes (`nice -n 10 npm run bench server` the first time).
 */
import { existsSync } from 'node:fs';
import { startServer } from '../src/server/serve.js';
import { openSqlite } from '../src/store/sqlite/driver.js';
import { buildBenchStore } from './store.js';

const FILE = process.env.DYAD_BENCH_DB ?? '/tmp/dyad-bench-1m.db';

async function time(url: string, runs: number): Promise<{ median: number; max: number; bytes: number }> {
  let bytes = 0;
  const get = async () => {
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    bytes = body.byteLength;
  };
  await get(); // warm the page cache and statement cache
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await get();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(runs / 2)], max: ts[runs - 1], bytes };
}

export async function benchServer(): Promise<string> {
  if (!existsSync(FILE)) await buildBenchStore(FILE);
  const store = openSqlite(FILE);
  await store.migrate();
  const running = await startServer({
    store, overlayFile: '/dev/null', webDir: null, coderVersion: () => 'bench', readFile: FILE,
    loadCoder: () => { throw new Error('the benchmark does not write'); },
  }, '127.0.0.1', 0);
  try {
    const api = (path: string) => `${running.url}/api/${path}`;
    const st = await (await fetch(api('stats'))).json() as { events: number };
    const [top] = (await (await fetch(api('dyads/top?limit=1'))).json() as { dyads: { source: string; target: string }[] }).dyads;
    const [doc] = await store.documentIds({ limit: 1, after: '8' });
    const calls: [string, string][] = [
      ['stats', 'stats'], ['timeline', 'timeline'], ['dyads/top', 'dyads/top'], ['dyads/changed', 'dyads/changed'],
      ['graph', 'graph'], ['graph 5000 edges', 'graph?limit=5000'],
      [`series ${top.source}-${top.target} day`, `dyads/${top.source}/${top.target}/series?both=1`],
      [`series USA-CHN prefix week`, 'dyads/USA/CHN/series?both=1&by=week'],
      [`series ${top.source}-${top.target} month, 2 years`, `dyads/${top.source}/${top.target}/series?both=1&by=month&from=2023-01-01&to=2024-12-31`],
      [`events of ${top.source}-${top.target}`, `events?dyad=${top.source}-${top.target}&both=1&limit=50`],
      ['events of USA-CHN prefix', 'events?dyad=USA-CHN&both=1&limit=50'],
      ['document', `documents/${doc}`],
    ];
    const out: string[] = [];
    let worst = 0;
    for (const [name, path] of calls) {
      const t = await time(api(path), 9);
      worst = Math.max(worst, t.median);
      out.push(`${name} ${t.median.toFixed(1)} (max ${t.max.toFixed(1)}, ${(t.bytes / 1024).toFixed(0)} KiB)`);
    }
    return `${st.events} events; HTTP median ms of 9: ${out.join(', ')}; slowest median ${worst.toFixed(1)} ms`;
  } finally {
    await running.close();
    await store.close();
  }
}
