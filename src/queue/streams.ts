/**
 * Creating (idempotently) what the queue needs on the NATS server: the work-queue stream (each
 * message delivered to one worker and removed once acknowledged; duplicates by message id dropped
 * within a day), the dead-letter stream, the workers' durable pull consumer, the stats bucket.
 */
import { AckPolicy, RetentionPolicy, nanos, type JetStreamManager, type NatsConnection } from 'nats';
import type { QueueConfig } from './config.js';

/** Window in which a re-published message id is dropped by the stream itself. */
export const DUPLICATE_WINDOW_MS = 24 * 3600_000;

export async function ensureQueue(nc: NatsConnection, cfg: QueueConfig): Promise<JetStreamManager> {
  const jsm = await nc.jetstreamManager();
  await ensureStream(jsm, cfg.stream, {
    subjects: [cfg.subject], retention: RetentionPolicy.Workqueue, duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensureStream(jsm, cfg.deadStream, { subjects: [cfg.deadSubject], retention: RetentionPolicy.Limits });
  try {
    await jsm.consumers.info(cfg.stream, cfg.consumer);
  } catch {
    await jsm.consumers.add(cfg.stream, {
      // No `backoff` here: it would replace ack_wait for held messages. A failed job's worker asks
      // for its own redelivery delay (nak with a delay, worker.ts).
      durable_name: cfg.consumer, ack_policy: AckPolicy.Explicit, max_deliver: cfg.maxDeliver, ack_wait: nanos(cfg.ackWaitMs),
    });
  }
  return jsm;
}

async function ensureStream(jsm: JetStreamManager, name: string, config: Parameters<JetStreamManager['streams']['add']>[0]): Promise<void> {
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams.add({ ...config, name });
  }
}

/** Removes the streams and bucket of a queue (tests and `dyad status --delete`). */
export async function deleteQueue(nc: NatsConnection, cfg: QueueConfig): Promise<void> {
  const jsm = await nc.jetstreamManager();
  for (const s of [cfg.stream, cfg.deadStream, `KV_${cfg.statsBucket}`]) await jsm.streams.delete(s).catch(() => false);
}
