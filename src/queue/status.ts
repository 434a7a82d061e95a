/**
 * `dyad status`: the queue's depth and health from the server itself — messages waiting, held by
 * workers, redelivered, dead letters — and each worker's throughput from the stats bucket.
 */
import type { NatsConnection } from 'nats';
import type { QueueConfig } from './config.js';
import type { WorkerReport } from './stats.js';

export interface QueueStatus {
  stream: string;
  /** Messages no worker has taken yet. */
  pending: number;
  /** Messages a worker holds and has not acknowledged. */
  inFlight: number;
  /** Messages delivered more than once so far. */
  redelivered: number;
  deadLetters: number;
  workers: WorkerReport[];
}

export async function queueStatus(nc: NatsConnection, cfg: QueueConfig): Promise<QueueStatus> {
  const jsm = await nc.jetstreamManager();
  const ci = await jsm.consumers.info(cfg.stream, cfg.consumer);
  const dead = await jsm.streams.info(cfg.deadStream);
  const workers: WorkerReport[] = [];
  const kv = await nc.jetstream().views.kv(cfg.statsBucket);
  for await (const key of await kv.keys()) {
    const e = await kv.get(key);
    if (e?.value.length) workers.push(JSON.parse(new TextDecoder().decode(e.value)) as WorkerReport);
  }
  workers.sort((a, b) => a.id.localeCompare(b.id));
  return {
    stream: cfg.stream, pending: ci.num_pending, inFlight: ci.num_ack_pending, redelivered: ci.num_redelivered,
    deadLetters: dead.state.messages, workers,
  };
}

export function formatStatus(s: QueueStatus): string {
  const lines = [
    `stream ${s.stream}: pending ${s.pending}, in flight ${s.inFlight}, redelivered ${s.redelivered}, dead letters ${s.deadLetters}`,
  ];
  for (const w of s.workers) {
    lines.push(`  worker ${w.id}: ${w.processed} jobs (${w.perSecond}/s), ${w.stored} stored, ${w.events} events, ${w.failed} failed, ${w.dead} dead, ${w.retried} store retries; updated ${w.updated}`);
  }
  return lines.join('\n') + '\n';
}
