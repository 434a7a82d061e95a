/**
 * Queue throughput (issue 6): the same corpus coded in process (the coder alone), then through
 * NATS JetStream and 1 and 2 `dyad worker` processes writing to PostgreSQL (127.0.0.1). Each worker
 * run is timed from its first stored document to an empty queue, so the workers' start-up (loading
 * the models, about 1 s) is not counted; the coder alone is timed warm, before and after the worker
 * runs, and averaged. Overhead = 1 - worker throughput / coder throughput.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coding/coder.js';
import { packageRoot } from '../src/dict/paths.js';
import { expandSources } from '../src/ingest/source.js';
import { enqueueSources } from '../src/queue/enqueue.js';
import { drained, queueFixture } from '../src/queue/testing/harness.js';
import { coderOnlyMs, writeCorpusFiles } from './ingest.js';

const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export async function benchQueue(opts: { n?: number } = {}): Promise<string> {
  const n = opts.n ?? Number(process.env.DYAD_BENCH_DOCS ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-queue-'));
  try {
    const files = writeCorpusFiles(dir, n);
    // The coder alone, warm (the workers are timed from their first stored batch), measured before
    // and after the worker runs: the machine's speed drifts by more than the overhead measured.
    const coder = Coder.load({});
    coderOnlyMs(coder, files.slice(0, 100));
    const before = n / coderOnlyMs(coder, files) * 1000;
    const one = await throughWorkers(dir, n, 1);
    const two = await throughWorkers(dir, n, 2);
    const after = n / coderOnlyMs(coder, files) * 1000;
    const coderRate = (before + after) / 2;
    const pct = (r: number) => ((1 - r / coderRate) * 100).toFixed(1);
    return `${n} articles: coder alone ${coderRate.toFixed(1)} docs/s (${before.toFixed(1)} before, ${after.toFixed(1)} after); enqueue ${one.enqueueRate.toFixed(0)} docs/s; ` +
      `1 worker ${one.rate.toFixed(1)} docs/s (overhead ${pct(one.rate)}%), 2 workers ${two.rate.toFixed(1)} docs/s ` +
      `(${(two.rate / one.rate).toFixed(2)}x one worker; per worker overhead ${pct(two.rate / 2)}%)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function throughWorkers(dir: string, n: number, workers: number): Promise<{ rate: number; enqueueRate: number }> {
  const f = await queueFixture({ ackWaitMs: 60_000 });
  const procs: ChildProcess[] = [];
  try {
    let t = performance.now();
    await enqueueSources(f.nc.jetstream(), f.cfg, expandSources([dir]).sources);
    const enqueueRate = n / (performance.now() - t) * 1000;
    let first = 0;
    const started = new Promise<void>((resolve) => {
      for (let i = 0; i < workers; i++) {
        const p = spawn(process.execPath, [CLI, 'worker', '--nats', f.cfg.servers, '--stream', f.cfg.stream, '--db', f.pgUrl, '--concurrency', process.env.DYAD_BENCH_CONCURRENCY ?? '3', '--batch', process.env.DYAD_BENCH_BATCH ?? '64'], { stdio: ['ignore', 'ignore', 'pipe'] });
        p.stderr?.on('data', (d: Buffer) => { if (!first && d.toString().includes('stored ')) { first = performance.now(); resolve(); } });
        procs.push(p);
      }
    });
    await started;
    t = first;
    await drained(f.nc, f.cfg, 600_000, 25); // polled often: the poll interval is measured too
    return { rate: (n - 1) / (performance.now() - t) * 1000, enqueueRate };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
    await f.done();
  }
}
