/**
 * Ingest benchmark: N news-like articles (4-8 sentences drawn from varied frames and slots, one in
 * 20 a wire re-run of an earlier one) generated into a temp directory,
 * then coder-only throughput (read + code) against ingest-to-SQLite throughput (read + code +
 * near-duplicate lookup + batched store), and the store's share of the time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coding/coder.js';
import { ingestFiles } from '../src/ingest/ingest.js';
import { readDocuments } from '../src/ingest/readers/index.js';
import { openPostgres, openStore, type Store } from '../src/store/index.js';
import { seededRandom } from '../src/util/random.js';

const ACTORS = ['Japanese Prime Minister', 'US President', 'Chinese President', 'Russian Foreign Minister', 'French President',
  'German Chancellor', 'Indian Prime Minister', 'Turkish President', 'Iranian Foreign Minister', 'British Prime Minister',
  'Brazilian President', 'South African President', 'Israeli Prime Minister', 'Egyptian President', 'Pakistani Army',
  'Ukrainian Defence Minister', 'Nigerian police', 'Mexican government', 'Saudi Foreign Minister', 'Indonesian President',
  'Kenyan opposition leader', 'Syrian rebels', 'Afghan Taliban', 'North Korean military', 'South Korean President'];
const CITIES = ['Tokyo', 'Washington', 'Beijing', 'Moscow', 'Paris', 'Berlin', 'New Delhi', 'Ankara', 'Tehran', 'London', 'Brasilia',
  'Pretoria', 'Jerusalem', 'Cairo', 'Islamabad', 'Kyiv', 'Abuja', 'Mexico City', 'Riyadh', 'Jakarta', 'Nairobi', 'Damascus', 'Kabul', 'Seoul'];
const VERBS = ['met', 'criticized', 'praised', 'accused', 'thanked', 'threatened', 'visited', 'condemned', 'urged', 'rejected',
  'welcomed', 'warned', 'invited', 'blamed', 'supported', 'denounced'];
const TOPICS = ['trade', 'border security', 'the nuclear programme', 'energy prices', 'the refugee crisis', 'military exercises',
  'fishing rights', 'a disputed election', 'water sharing', 'arms sales', 'a pipeline deal', 'cyber attacks', 'grain exports',
  'a detained journalist', 'sanctions', 'a ceasefire'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FRAMES: ((r: Pick) => string)[] = [
  (r) => `The ${r.a()} ${r.v()} the ${r.a()} on ${r.t()} on ${r.d()}, officials said.`,
  (r) => `${r.c()} police arrested ${r.n()} protesters after clashes over ${r.t()}.`,
  (r) => `The ${r.a()} said talks with ${r.c()} on ${r.t()} would continue next week.`,
  (r) => `Speaking in ${r.c()}, the ${r.a()} ${r.v()} the ${r.a()} over ${r.t()}.`,
  (r) => `About ${r.n()} people marched through ${r.c()} on ${r.d()} to protest ${r.t()}.`,
  (r) => `The ${r.a()} will visit ${r.c()} in ${r.n() % 12 + 1} weeks to discuss ${r.t()}, a spokesman said.`,
  (r) => `Analysts in ${r.c()} said the dispute over ${r.t()} had cost ${r.n()} million dollars.`,
  (r) => `The ${r.a()} did not attack the ${r.a()} near ${r.c()}, a ministry statement said.`,
];
interface Pick { a(): string; c(): string; v(): string; t(): string; d(): string; n(): number }

/** A varied corpus: 4 to 8 sentences from mixed frames and slots; every 20th a re-run of an earlier one. */
export function corpus(n: number): string[] {
  const rnd = seededRandom(4);
  const of = <T>(xs: T[]) => (): T => xs[Math.floor(rnd() * xs.length)];
  const r: Pick = { a: of(ACTORS), c: of(CITIES), v: of(VERBS), t: of(TOPICS), d: of(DAYS), n: () => 2 + Math.floor(rnd() * 5000) };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 20 === 19) { out.push(`${r.c()} (wire) - ${out[Math.floor(rnd() * i)]}`); continue; }
    const k = 4 + Math.floor(rnd() * 5);
    const sentences = Array.from({ length: k }, () => FRAMES[Math.floor(rnd() * FRAMES.length)](r));
    out.push(`${r.c()}, report ${i}. ${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}\n`);
  }
  return out;
}

interface Target { name: string; open(dir: string): Promise<{ store: Store; done(): Promise<void> }> }

const SQLITE: Target = {
  name: 'SQLite',
  async open(dir) { const store = await openStore(join(dir, 'bench.db')); return { store, done: () => store.close() }; },
};

const POSTGRES: Target = {
  name: 'PostgreSQL',
  async open() {
    const store = openPostgres(process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test', { schema: `bench_ingest_${process.pid}` });
    await store.migrate();
    return { store, done: async () => { try { await store.dropSchema(); } finally { await store.close(); } } };
  },
};

export function benchIngest(opts: { n?: number } = {}): Promise<string> {
  return measure(opts.n ?? 2000, SQLITE);
}

/** The same into PostgreSQL (127.0.0.1:5432, database test, a schema of its own, dropped after). */
export function benchIngestPostgres(opts: { n?: number } = {}): Promise<string> {
  return measure(opts.n ?? 2000, POSTGRES);
}

/** Writes corpus(n) into dir as one text file an article; returns the paths. */
export function writeCorpusFiles(dir: string, n: number): string[] {
  return corpus(n).map((text, i) => {
    const f = join(dir, `a${String(i).padStart(5, '0')}.txt`);
    writeFileSync(f, text);
    return f;
  });
}

/** Milliseconds the coder alone takes over the files (read and code, nothing stored). */
export function coderOnlyMs(coder: Coder, files: string[], date?: string): number {
  const t = performance.now();
  for (const f of files) for (const d of readDocuments(readFileSync(f), f).docs) coder.code(d, { date });
  return performance.now() - t;
}

async function measure(n: number, target: Target): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
  try {
    const files = writeCorpusFiles(dir, n);
    const coder = Coder.load({});
    const coderMs = coderOnlyMs(coder, files, '2015-03-02');
    const { store, done } = await target.open(dir);
    const t = performance.now();
    // The coder's share inside the same run too: that figure does not drift with the machine's load.
    let codingMs = 0;
    const timed = Object.create(coder, { code: { value: (...a: Parameters<Coder['code']>) => {
      const c0 = performance.now();
      try { return coder.code(...a); } finally { codingMs += performance.now() - c0; }
    } } }) as Coder;
    let sum;
    let ingestMs;
    try {
      sum = await ingestFiles(files, { coder: timed, store, coderVersion: 'bench', readStdin: () => Buffer.alloc(0), date: '2015-03-02' });
      ingestMs = performance.now() - t;
    } finally { await done(); }
    const overhead = (ingestMs - coderMs) / ingestMs * 100;
    return `${n} articles: coder-only ${(n / coderMs * 1000).toFixed(1)} docs/s, ingest-to-${target.name} ${(n / ingestMs * 1000).toFixed(1)} docs/s ` +
      `(stored ${sum.stored}, near-duplicates ${sum.nearDuplicates}, events ${sum.events}, failures ${sum.failures.length}); store overhead ${overhead.toFixed(1)}%; ` +
      `within the ingest run, everything but coding (reading, near-duplicate lookup, storing) ${((ingestMs - codingMs) / ingestMs * 100).toFixed(1)}%`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
