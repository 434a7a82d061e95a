/**
 * The queue against a real NATS JetStream and a real PostgreSQL (127.0.0.1), each test with its own
 * stream and schema: duplicates dropped, a killed worker's messages redelivered and written once,
 * a poison document dead-lettered while the rest flow, PostgreSQL cut and restored under running
 * workers, and workers' results equal to `dyad ingest` into SQLite.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Coder } from '../coding/coder.js';
import { coderVersion } from '../cli/coder-options.js';
import { ingestFiles } from '../ingest/ingest.js';
import { expandSources } from '../ingest/source.js';
import { openSqlite } from '../store/sqlite/driver.js';
import type { Store } from '../store/types.js';
import { packageRoot } from '../dict/paths.js';
import { listDeadLetters, replayDeadLetters } from './dead-letters.js';
import { enqueueSources } from './enqueue.js';
import { queueStatus, type QueueStatus } from './status.js';
import { runWorker } from './worker.js';
import { corpus, drained, openTestStore, queueFixture, writeCorpus, type QueueFixture } from './testing/harness.js';
import { TcpProxy } from './testing/proxy.js';

let coder: Coder;
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

before(() => { coder = Coder.load(); });

async function worker(f: QueueFixture, store: Store, signal: AbortSignal, log?: (l: string) => void) {
  return runWorker({ nc: f.nc, cfg: f.cfg, signal, concurrency: 3, ctx: { coder, store, coderVersion: coderVersion(coder) }, log });
}

/** Runs an in-process worker until the queue is drained, then stops it. */
async function work(f: QueueFixture, store: Store, log?: (l: string) => void) {
  const stop = new AbortController();
  const running = worker(f, store, stop.signal, log);
  try {
    await drained(f.nc, f.cfg);
  } finally {
    stop.abort();
  }
  return running;
}

async function enqueueFile(f: QueueFixture, path: string) {
  return enqueueSources(f.nc.jetstream(), f.cfg, expandSources([path]).sources);
}

async function eventRows(store: Store): Promise<string[]> {
  const rows = await store.queryEvents({ limit: 10_000, includeDuplicates: true });
  return rows.map((e) => [e.documentId, e.id, e.source?.code, e.target?.code, e.cameo, e.modality, e.attribution.voice, e.date].join(' ')).sort();
}

// A failing test must not leave a worker process holding this one's event loop open, nor hang.
const children = new Set<ChildProcess>();
const T = { timeout: 120_000 };

describe('queue workers on NATS JetStream and PostgreSQL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of children) c.kill('SIGKILL');
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  test('N documents enqueued twice are each stored exactly once', T, async () => {
    const f = await queueFixture();
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); });
    await store.migrate();
    const path = writeCorpus(dir, corpus(12), 'twice.jsonl');
    const first = await enqueueFile(f, path);
    const second = await enqueueFile(f, path);
    assert.deepEqual([first.documents, first.duplicates, second.documents, second.duplicates], [12, 0, 0, 12]);
    const stats = await work(f, store);
    assert.equal(stats.processed, 12);
    assert.equal((await store.stats()).documents, 12);
    // Publishing again after the work is done adds nothing either (the stream remembers the ids).
    assert.equal((await enqueueFile(f, path)).documents, 0);
  });

  test('a worker killed with SIGKILL while holding messages: redelivered to another worker, written once', T, async () => {
    const f = await queueFixture({ ackWaitMs: 2000 });
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); });
    await store.migrate();
    const docs = corpus(150);
    await enqueueFile(f, writeCorpus(dir, docs, 'kill.jsonl'));
    const a = spawnWorker(f, ['--concurrency', '4', '--id', 'doomed']);
    await waitForLine(a, /stored /, 60_000);
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));
    const held = (await queueStatus(f.nc, f.cfg)).inFlight;
    const lines: string[] = [];
    const stats = await work(f, store, (l) => lines.push(l));
    assert.equal((await store.stats()).documents, docs.length);
    const s = await queueStatus(f.nc, f.cfg);
    assert.ok(held > 0 && s.redelivered + lines.filter((l) => /delivery [2-9]/.test(l)).length > 0, `held ${held}, redelivered ${s.redelivered}`);
    assert.ok(stats.processed >= held);
  });

  test('SIGTERM: the worker finishes or releases what it holds and exits 0; dyad status --format json reports the queue', T, async () => {
    const f = await queueFixture();
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); });
    await store.migrate();
    const docs = corpus(120);
    await enqueueFile(f, writeCorpus(dir, docs, 'term.jsonl'));
    const w = spawnWorker(f, ['--concurrency', '2', '--batch', '8', '--id', 'polite']);
    await waitForLine(w, /stored /, 60_000);
    w.kill('SIGTERM');
    const code = await new Promise((r) => w.once('exit', r));
    assert.equal(code, 0);
    const status = JSON.parse(execFileSync(process.execPath, [CLI, 'status', '--nats', f.cfg.servers, '--stream', f.cfg.stream, '--format', 'json'], { encoding: 'utf8' })) as QueueStatus;
    assert.equal(status.inFlight, 0);
    assert.ok(status.pending > 0 && status.pending < docs.length, `pending ${status.pending}`);
    assert.deepEqual(Object.keys(status).sort(), ['deadLetters', 'inFlight', 'pending', 'redelivered', 'stream', 'workers']);
    const polite = status.workers.find((x) => x.id === 'polite');
    assert.ok(polite && polite.processed === (await store.stats()).documents && polite.perSecond > 0, JSON.stringify(polite));
    await work(f, store);
    assert.equal((await store.stats()).documents, docs.length);
  });

  test('recode --queue: one re-code job per stored document, done by the workers in place', T, async () => {
    const f = await queueFixture();
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); });
    await store.migrate();
    await enqueueFile(f, writeCorpus(dir, corpus(9), 'recode.jsonl'));
    await work(f, store);
    const before = await eventRows(store);
    const out = execFileSync(process.execPath, [CLI, 'recode', '--queue', '--db', f.pgUrl, '--nats', f.cfg.servers, '--stream', f.cfg.stream], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(out, '');
    assert.equal((await queueStatus(f.nc, f.cfg)).pending, 9);
    const stats = await work(f, store);
    assert.equal(stats.processed, 9);
    assert.equal((await store.stats()).documents, 9);
    assert.deepEqual(await eventRows(store), before);
  });

  test('a poison document lands in the dead-letter stream after max_deliver; the rest flow on; replay requeues it', T, async () => {
    const f = await queueFixture({ maxDeliver: 2 });
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); });
    await store.migrate();
    const poison = { text: "Le gouvernement français a annoncé lundi qu'il allait renforcer la coopération avec l'Allemagne dans le domaine de la défense et de l'énergie, selon un communiqué publié par le ministère des affaires étrangères.", title: 'fr', date: '2026-03-02' };
    const path = writeCorpus(dir, [...corpus(6), poison], 'poison.jsonl');
    await enqueueFile(f, path);
    const stats = await work(f, store);
    assert.equal((await store.stats()).documents, 6);
    assert.equal(stats.dead, 1);
    const letters = await listDeadLetters(f.nc, f.cfg);
    assert.equal(letters.length, 1);
    assert.equal(letters[0].error.code, 'E_LANGUAGE');
    assert.equal(letters[0].deliveries, 2);
    assert.equal(letters[0].job?.kind === 'document' && letters[0].job.meta.title, 'fr');
    assert.equal(await replayDeadLetters(f.nc, f.cfg), 1);
    const s = await queueStatus(f.nc, f.cfg);
    assert.equal(s.deadLetters, 0);
    assert.equal(s.pending + s.inFlight, 1);
  });

  test('PostgreSQL cut and restored while a worker runs: it retries with back-off; nothing lost or doubled', T, async () => {
    const proxy = new TcpProxy('127.0.0.1', 5432);
    const port = await proxy.listen();
    const f = await queueFixture({ pgBase: `postgres://postgres@127.0.0.1:${port}/test` });
    const store = openTestStore(f.pgUrl);
    cleanups.push(async () => { await store.close(); await f.done(); await proxy.close(); });
    await store.migrate();
    const docs = corpus(80);
    await enqueueFile(f, writeCorpus(dir, docs, 'outage.jsonl'));
    const stop = new AbortController();
    let cut = false;
    const lines: string[] = [];
    const running = worker(f, store, stop.signal, (l) => {
      lines.push(l);
      if (!cut && l.startsWith('stored')) { cut = true; void proxy.cutFor(2500); }
    });
    try { await drained(f.nc, f.cfg, 90_000); } finally { stop.abort(); }
    const stats = await running;
    assert.ok(cut && stats.retried > 0, `retried ${stats.retried}`);
    assert.ok(lines.some((l) => l.startsWith('store unavailable')));
    assert.equal((await store.stats()).documents, docs.length);
    assert.equal(stats.dead, 0);
  });

  test('a corpus coded by workers equals, event for event, the same corpus ingested into SQLite', T, async () => {
    const f = await queueFixture();
    const pg = openTestStore(f.pgUrl);
    const sqlite = openSqlite(join(dir, 'same.db'));
    cleanups.push(async () => { await pg.close(); await sqlite.close(); await f.done(); });
    await pg.migrate();
    await sqlite.migrate();
    const path = writeCorpus(dir, [...corpus(20), { text: 'Japan and South Korea agreed to resume talks, Tokyo said on Tuesday. Seoul welcomed the move.', date: '2026-03-05' }], 'same.jsonl');
    await ingestFiles([path], { coder, store: sqlite, coderVersion: 'same' });
    await enqueueFile(f, path);
    await work(f, pg);
    const [a, b] = [await eventRows(sqlite), await eventRows(pg)];
    assert.ok(a.length > 20);
    assert.deepEqual(b, a);
  });
});

function spawnWorker(f: QueueFixture, extra: string[]): ChildProcess {
  const p = spawn(process.execPath, [CLI, 'worker', '--nats', f.cfg.servers, '--stream', f.cfg.stream, '--db', f.pgUrl, ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DYAD_STREAM: '', DYAD_NATS: '', DYAD_DB: '' },
  });
  children.add(p);
  p.once('exit', () => children.delete(p));
  return p;
}

function waitForLine(p: ChildProcess, re: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`no line ${re} in ${ms} ms: ${buf.slice(-500)}`)), ms);
    p.stderr?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (re.test(buf)) { clearTimeout(t); resolve(); }
    });
    p.once('exit', (code) => { clearTimeout(t); if (!re.test(buf)) reject(new Error(`worker exited ${code}: ${buf.slice(-500)}`)); });
  });
}
