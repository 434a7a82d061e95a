/**
 * The process-level checks, on the real CLI in child processes: an ingest killed with
 * SIGKILL mid-run leaves a sound file with whole documents and a re-run completes it with no
 * duplicates; two ingests of one SQLite file at once both finish and store what one run would.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { Coder } from '../coding/coder.js';
import { assertRollupConsistent } from '../store/contract.js';
import { openStore } from '../store/index.js';
import { ingestFiles } from './ingest.js';

const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const N = 240;
const ACTORS = ['Japanese Prime Minister', 'US President', 'Chinese President', 'Russian Foreign Minister', 'French President',
  'German Chancellor', 'Indian Prime Minister', 'Turkish President', 'Iranian Foreign Minister', 'British Prime Minister', 'Brazilian President'];
const VERBS = ['met', 'criticized', 'praised', 'accused', 'thanked', 'threatened', 'visited', 'condemned'];
const CITIES = ['Tokyo', 'Paris', 'Berlin', 'Ankara', 'Cairo', 'Seoul', 'Lagos', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Dakar', 'Riga'];

function article(i: number): string {
  const a = ACTORS[i % ACTORS.length];
  const b = ACTORS[(i * 3 + 1 + Math.floor(i / ACTORS.length)) % ACTORS.length];
  return `${CITIES[i % CITIES.length]}, dispatch ${i}. The ${a} ${VERBS[i % VERBS.length]} the ${b === a ? 'UN Secretary General' : b} ` +
    `in ${CITIES[(i * 5) % CITIES.length]} on Monday. About ${i * 37 + 11} demonstrators gathered in ${CITIES[(i * 7 + 2) % CITIES.length]}, police said.\n`;
}

let dir: string;
let corpus: string;
let reference: Snapshot;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-processes-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < N; i++) writeFileSync(join(corpus, `a${String(i).padStart(4, '0')}.txt`), article(i));
  const file = join(dir, 'reference.db');
  const store = await openStore(file);
  const files = Array.from({ length: N }, (_, i) => join(corpus, `a${String(i).padStart(4, '0')}.txt`));
  const sum = await ingestFiles(files, { coder: Coder.load({}), store, coderVersion: 'test', readStdin: () => Buffer.alloc(0), date: '2015-03-02' });
  await store.close();
  assert.equal(sum.failures.length, 0);
  assert.equal(sum.nearDuplicates, 0, 'the corpus has no near-duplicates, so concurrent runs must agree exactly');
  reference = snapshot(file);
  assert.equal(reference.documents.length, N);
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Snapshot { documents: string[]; events: string[]; integrity: string; bare: number }

function snapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  try {
    return {
      documents: (db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id),
      events: (db.prepare('SELECT event_id FROM events ORDER BY event_id').all() as { event_id: string }[]).map((r) => r.event_id),
      integrity: String(db.pragma('integrity_check', { simple: true })),
      bare: (db.prepare('SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_key = d.key)').get() as { n: number }).n,
    };
  } finally { db.close(); }
}

function ingest(db: string): { child: ReturnType<typeof spawn>; stderr: () => string; exited: Promise<number | string> } {
  const child = spawn(process.execPath, [MAIN, 'ingest', corpus, '--db', db, '--date', '2015-03-02'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stderr: () => err, exited };
}

test('ingest killed with SIGKILL mid-run: sound file, whole documents, re-run completes without duplicates', async () => {
  const db = join(dir, 'killed.db');
  const run = ingest(db);
  await new Promise<void>((resolve) => run.child.stderr!.on('data', () => { if (/dyad ingest: \d+ documents/.test(run.stderr())) resolve(); }));
  run.child.kill('SIGKILL');
  assert.equal(await run.exited, 'SIGKILL');
  const partial = snapshot(db);
  assert.equal(partial.integrity, 'ok');
  assert.equal(partial.bare, 0, 'no document without its events');
  assert.ok(partial.documents.length > 0 && partial.documents.length < N, `killed mid-run (${partial.documents.length} stored)`);
  const again = ingest(db);
  assert.equal(await again.exited, 0, again.stderr());
  assert.match(again.stderr(), new RegExp(`stored ${N - partial.documents.length}, duplicates ${partial.documents.length},`));
  assert.deepEqual(snapshot(db), reference);
  await rollupConsistent(db);
});

test('two ingest processes on one SQLite file at once both finish and store what one run stores', async () => {
  const db = join(dir, 'concurrent.db');
  const a = ingest(db);
  const b = ingest(db);
  const [ra, rb] = await Promise.all([a.exited, b.exited]);
  assert.equal(ra, 0, a.stderr());
  assert.equal(rb, 0, b.stderr());
  const stored = [a, b].map((r) => Number(/stored (\d+)/.exec(r.stderr())![1]));
  assert.equal(stored[0] + stored[1], N, 'each document stored by exactly one of them');
  assert.deepEqual(snapshot(db), reference);
  await rollupConsistent(db);
});

async function rollupConsistent(file: string): Promise<void> {
  const store = await openStore(file);
  try { await assertRollupConsistent(store); } finally { await store.close(); }
}
