/**
 * Ingest benchmark: N short news-like articles generated from templates into a temp directory,
 * then coder-only throughput (read + code) against ingest-to-SQLite throughput (read + code +
 * near-duplicate lookup + batched store), and the store's share of the time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coding/coder.js';
import { ingestFiles } from '../src/ingest/ingest.js';
import { readDocuments } from '../src/ingest/readers/index.js';
import { openStore } from '../src/store/index.js';

const LEADERS: [string, string][] = [['Japanese Prime Minister', 'Tokyo'], ['US President', 'Washington'], ['Chinese President', 'Beijing'],
  ['Russian Foreign Minister', 'Moscow'], ['French President', 'Paris'], ['German Chancellor', 'Berlin'], ['Indian Prime Minister', 'New Delhi'],
  ['Turkish President', 'Ankara'], ['Iranian Foreign Minister', 'Tehran'], ['British Prime Minister', 'London']];
const VERBS = ['met', 'criticized', 'praised', 'accused', 'thanked', 'threatened', 'visited', 'condemned'];
const TOPICS = ['trade', 'border security', 'the nuclear programme', 'energy prices', 'the refugee crisis', 'military exercises'];

function article(i: number): string {
  const a = LEADERS[i % LEADERS.length], b = LEADERS[(i * 7 + 3) % LEADERS.length];
  const v = VERBS[i % VERBS.length], t = TOPICS[(i * 5) % TOPICS.length];
  return `${a[1]}, report ${i}. The ${a[0]} ${v} the ${b[0]} on ${t} on Monday, officials said.\n\n` +
    `The ${b[0]} said talks with ${a[1]} would continue next week. Protesters gathered in ${b[1]} as police watched.\n`;
}

export async function benchIngest(opts: { n?: number } = {}): Promise<string> {
  const n = opts.n ?? 2000;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
  try {
    const files = Array.from({ length: n }, (_, i) => {
      const f = join(dir, `a${String(i).padStart(5, '0')}.txt`);
      writeFileSync(f, article(i));
      return f;
    });
    const coder = Coder.load({});
    let t = performance.now();
    for (const f of files) for (const d of readDocuments(readFileSync(f), f).docs) coder.code(d, { date: '2015-03-02' });
    const coderMs = performance.now() - t;
    const store = await openStore(join(dir, 'bench.db'));
    t = performance.now();
    const sum = await ingestFiles(files, { coder, store, coderVersion: 'bench', readStdin: () => Buffer.alloc(0), date: '2015-03-02' });
    const ingestMs = performance.now() - t;
    await store.close();
    const overhead = (ingestMs - coderMs) / ingestMs * 100;
    return `${n} articles: coder-only ${(n / coderMs * 1000).toFixed(1)} docs/s, ingest-to-SQLite ${(n / ingestMs * 1000).toFixed(1)} docs/s ` +
      `(stored ${sum.stored}, near-duplicates ${sum.nearDuplicates}, events ${sum.events}, failures ${sum.failures.length}); store overhead ${overhead.toFixed(1)}%`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
