/**
 * A coding worker: pulls jobs from the shared durable consumer, at most `concurrency` at a time,
 * codes and stores each (handle.ts: one transaction per document) and acknowledges only after the
 * commit. Writes are idempotent (document ids are content hashes, inserts do nothing on conflict),
 * so a redelivered message changes nothing. A store that is down is retried with back-off while
 * the message is held (and kept alive); a job that fails is released for redelivery, and after
 * max_deliver deliveries it is published to the dead-letter stream with the error and terminated.
 * On abort (SIGTERM) the worker fetches nothing more, finishes what it holds and returns.
 */
import type { JetStreamClient, JsMsg, NatsConnection } from 'nats';
import type { QueueConfig } from './config.js';
import { publishJob } from './enqueue.js';
import { handleJob, type HandleContext } from './handle.js';
import { decodeJob, jobLabel, type Job } from './job.js';
import { backoffMs, isStoreUnavailable, sleep } from './retry.js';
import { WorkerStats } from './stats.js';

export interface WorkerOptions {
  nc: NatsConnection;
  cfg: QueueConfig;
  ctx: HandleContext;
  concurrency?: number;
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
  const limit = Math.max(1, o.concurrency ?? 2);
  const running = new Set<Promise<void>>();
  const publisher = stats.publishEvery(js, o.cfg, 2000);
  try {
    while (!o.signal.aborted) {
      if (running.size >= limit) { await Promise.race(running); continue; }
      const batch = await consumer.fetch({ max_messages: limit - running.size, expires: 1000 });
      for await (const m of batch) {
        if (o.signal.aborted) { m.nak(); continue; } // released at once for another worker
        const p = processMessage(m, o, js, stats).finally(() => running.delete(p));
        running.add(p);
      }
    }
    await Promise.all(running);
  } finally {
    await publisher.stop();
  }
  return stats;
}

async function processMessage(m: JsMsg, o: WorkerOptions, js: JetStreamClient, stats: WorkerStats): Promise<void> {
  const deliveries = m.info.redeliveryCount;
  let job: Job;
  try {
    job = decodeJob(m.data);
  } catch (e) {
    await deadLetter(m, o, js, stats, null, e, deliveries);
    return;
  }
  const keepAlive = setInterval(() => m.working(), Math.max(500, o.cfg.ackWaitMs / 3));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const done = await handleJob(job, o.ctx);
        for (const f of done.follow) await publishJob(js, o.cfg, f);
        await m.ackAck();
        stats.done(done.stored, done.events);
        o.log?.(`stored ${jobLabel(job)} (delivery ${deliveries})`);
        return;
      } catch (e) {
        if (isStoreUnavailable(e)) {
          if (o.signal.aborted) { m.nak(); return; }
          o.log?.(`store unavailable (${(e as Error).message}); retrying ${jobLabel(job)}`);
          stats.retried++;
          await sleep(backoffMs(attempt), o.signal);
          continue;
        }
        if (deliveries >= o.cfg.maxDeliver) await deadLetter(m, o, js, stats, job, e, deliveries);
        else {
          stats.failed++;
          o.log?.(`failed ${jobLabel(job)} (delivery ${deliveries} of ${o.cfg.maxDeliver}): ${(e as Error).message}`);
          m.nak(backoffMs(deliveries + 1));
        }
        return;
      }
    }
  } finally {
    clearInterval(keepAlive);
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
