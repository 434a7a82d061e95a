/**
 * A coding worker: pulls jobs from the shared durable consumer in batches (at most `concurrency`
 * batches at a time), codes the batch's documents and stores them in one transaction (the ingest
 * path, ingest.ts), and acknowledges each only after the commit. Writes are idempotent (document ids are content hashes, inserts do nothing on conflict),
 * so a redelivered message changes nothing. A store that is down is retried with back-off while
 * the message is held (and kept alive); a job that fails is released for redelivery, and after
 * max_deliver deliveries it is published to the dead-letter stream with the error and terminated.
 * On abort (SIGTERM) the worker fetches nothing more, finishes what it holds (including what a fetch
 * in progress delivers) and returns.
 */
import type { JetStreamClient, JsMsg, NatsConnection } from 'nats';
import type { QueueConfig } from './config.js';
import { publishJob } from './enqueue.js';
import { codeBatch, storeBatch, type BatchResult, type CodedBatch } from '../ingest/ingest.js';
import { handleJob, type HandleContext } from './handle.js';
import { decodeJob, jobLabel, type Job } from './job.js';
import { backoffMs, isStoreUnavailable, sleep } from './retry.js';
import { WorkerStats } from './stats.js';

export interface WorkerOptions {
  nc: NatsConnection;
  cfg: QueueConfig;
  ctx: HandleContext;
  /** Batches in hand at once (default 3: one stored, one coded, one fetched and waiting for the coder). */
  concurrency?: number;
  /** Messages fetched and stored per transaction (default 64). */
  batch?: number;
  /** Names the worker in `dyad status`; default host:pid. */
  id?: string;
  signal: AbortSignal;
  log?: (line: string) => void;
}

export interface DeadLetter { job: Job | null; raw?: string; error: { code: string; message: string }; deliveries: number; worker: string; at: string }

export async function runWorker(o: WorkerOptions): Promise<WorkerStats> {
  const js = o.nc.jetstream();
  const consumer = await js.consumers.get(o.cfg.stream, o.cfg.consumer);
  const stats = new WorkerStats(o.id ?? `${process.env.HOSTNAME ?? 'worker'}:${process.pid}`);
  const limit = Math.max(1, o.concurrency ?? 3);
  const size = Math.max(1, o.batch ?? 64);
  const running = new Set<Promise<void>>();
  const publisher = stats.publishEvery(js, o.cfg, 2000);
  const coderTurn = turns();
  try {
    while (!o.signal.aborted) {
      if (running.size >= limit) { await Promise.race(running); continue; }
      // A fetch in progress when the worker is told to stop still delivers: what it delivers is in
      // hand and is finished like the rest (a nak from a stopping worker was seen not to take effect).
      const msgs: JsMsg[] = [];
      for await (const m of await consumer.fetch({ max_messages: size, expires: 1000 })) msgs.push(m);
      if (!msgs.length) continue;
      const p = processBatch(msgs, o, js, stats, coderTurn).finally(() => running.delete(p));
      running.add(p);
    }
    await Promise.all(running);
  } finally {
    await publisher.stop();
  }
  return stats;
}

/** Documents of a batch are coded and stored in one transaction; URL and re-code jobs one by one. */
async function processBatch(msgs: JsMsg[], o: WorkerOptions, js: JetStreamClient, stats: WorkerStats, coderTurn: Turns): Promise<void> {
  const docs: { m: JsMsg; job: Extract<Job, { kind: 'document' }> }[] = [];
  const single: { m: JsMsg; job: Exclude<Job, { kind: 'document' }> }[] = [];
  for (const m of msgs) {
    let job: Job;
    try { job = decodeJob(m.data); } catch (e) { await deadLetter(m, o, js, stats, null, e, m.info.redeliveryCount); continue; }
    if (job.kind === 'document') docs.push({ m, job });
    else single.push({ m, job });
  }
  if (docs.length) await processDocuments(docs, o, js, stats, coderTurn);
  for (const { m, job } of single) await processMessage(m, job, o, js, stats);
}

/**
 * Runs `work` while holding `msgs`: keeps them alive and, while the store is unavailable, retries
 * with back-off. Null when the worker is told to stop during an outage (the messages are released);
 * any other error is thrown.
 */
async function holding<T>(msgs: JsMsg[], what: string, o: WorkerOptions, stats: WorkerStats, work: () => Promise<T>): Promise<{ value: T } | null> {
  const keepAlive = setInterval(() => { for (const m of msgs) m.working(); }, Math.max(500, o.cfg.ackWaitMs / 3));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return { value: await work() };
      } catch (e) {
        if (!isStoreUnavailable(e)) throw e;
        if (o.signal.aborted) { for (const m of msgs) m.nak(); return null; }
        o.log?.(`store unavailable (${(e as Error).message}); retrying ${what}`);
        stats.retried++;
        await sleep(backoffMs(attempt), o.signal);
      }
    }
  } finally {
    clearInterval(keepAlive);
  }
}

/**
 * Runs work one at a time, in call order. A worker's batches take turns at the coder: a second batch
 * waits while the first is coded, then codes while the first is stored, so the database works on one
 * batch while the worker codes the next (side by side, the two would finish coding together and then
 * both wait on the database).
 */
type Turns = <T>(work: () => Promise<T>) => Promise<T>;

function turns(): Turns {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work);
    last = run.catch(() => undefined);
    return run;
  };
}

async function processDocuments(docs: { m: JsMsg; job: Extract<Job, { kind: 'document' }> }[], o: WorkerOptions, js: JetStreamClient, stats: WorkerStats, coderTurn: Turns): Promise<void> {
  let held: { value: BatchResult[] } | null;
  try {
    const keepAlive = setInterval(() => { for (const d of docs) d.m.working(); }, Math.max(500, o.cfg.ackWaitMs / 3));
    let coded: CodedBatch;
    try {
      coded = await coderTurn(() => codeBatch(docs.map((d) => ({ doc: { text: d.job.text, meta: d.job.meta }, date: d.job.date })), { coder: o.ctx.coder }));
    } finally {
      clearInterval(keepAlive);
    }
    held = await holding(docs.map((d) => d.m), `a batch of ${docs.length}`, o, stats, () => storeBatch(coded, o.ctx));
  } catch (e) {
    for (const d of docs) d.m.nak(backoffMs(d.m.info.redeliveryCount + 1));
    o.log?.(`batch failed: ${(e as Error).message}`);
    return;
  }
  if (!held) return;
  // The batch is committed: its acknowledgements go out together (one wait, not one per message).
  await Promise.all(held.value.map(async (r, i) => {
    const { m, job } = docs[i];
    if (r.ok) {
      await m.ackAck();
      stats.done(r.inserted ? 1 : 0, r.inserted && !r.duplicateOf ? r.events : 0);
      o.log?.(`stored ${jobLabel(job)} (delivery ${m.info.redeliveryCount})`);
    } else await failed(m, o, js, stats, job, r.error);
  }));
}

/** A job that failed: released for another delivery, or a dead letter after max_deliver. */
async function failed(m: JsMsg, o: WorkerOptions, js: JetStreamClient, stats: WorkerStats, job: Job, e: unknown): Promise<void> {
  const deliveries = m.info.redeliveryCount;
  if (deliveries >= o.cfg.maxDeliver) { await deadLetter(m, o, js, stats, job, e, deliveries); return; }
  stats.failed++;
  o.log?.(`failed ${jobLabel(job)} (delivery ${deliveries} of ${o.cfg.maxDeliver}): ${(e as Error).message}`);
  m.nak(backoffMs(deliveries + 1));
}

async function processMessage(m: JsMsg, job: Exclude<Job, { kind: 'document' }>, o: WorkerOptions, js: JetStreamClient, stats: WorkerStats): Promise<void> {
  try {
    const held = await holding([m], jobLabel(job), o, stats, () => handleJob(job, o.ctx));
    if (!held) return;
    for (const f of held.value.follow) await publishJob(js, o.cfg, f);
    await m.ackAck();
    stats.done(held.value.stored, held.value.events);
    o.log?.(`stored ${jobLabel(job)} (delivery ${m.info.redeliveryCount})`);
  } catch (e) {
    await failed(m, o, js, stats, job, e);
  }
}

async function deadLetter(m: JsMsg, o: WorkerOptions, js: JetStreamClient, stats: WorkerStats, job: Job | null, e: unknown, deliveries: number): Promise<void> {
  const err = e as { code?: string; message?: string };
  const letter: DeadLetter = {
    job, raw: job ? undefined : new TextDecoder().decode(m.data).slice(0, 10_000),
    error: { code: typeof err.code === 'string' ? err.code : 'E_INTERNAL', message: String(err.message ?? e) },
    deliveries, worker: stats.id, at: new Date().toISOString(),
  };
  await js.publish(o.cfg.deadSubject, new TextEncoder().encode(JSON.stringify(letter)));
  m.term();
  stats.dead++;
  o.log?.(`dead letter after ${deliveries} deliveries: ${job ? jobLabel(job) : 'unreadable message'}: ${letter.error.message}`);
}
