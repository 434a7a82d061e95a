/**
 * A worker's counters, published to the queue's key-value bucket (one key per worker) every few
 * seconds and at exit, where `dyad status` reads every worker's throughput.
 */
import type { JetStreamClient } from 'nats';
import type { QueueConfig } from './config.js';

export interface WorkerReport {
  id: string;
  started: string;
  updated: string;
  processed: number;
  stored: number;
  events: number;
  failed: number;
  dead: number;
  retried: number;
  /** Jobs per second since the worker started. */
  perSecond: number;
}

export class WorkerStats {
  readonly started = Date.now();
  processed = 0;
  stored = 0;
  events = 0;
  failed = 0;
  dead = 0;
  retried = 0;

  constructor(readonly id: string) {}

  done(stored: number, events: number): void {
    this.processed++;
    this.stored += stored;
    this.events += events;
  }

  report(): WorkerReport {
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    return {
      id: this.id, started: new Date(this.started).toISOString(), updated: new Date().toISOString(),
      processed: this.processed, stored: this.stored, events: this.events, failed: this.failed, dead: this.dead,
      retried: this.retried, perSecond: +(this.processed / secs).toFixed(2),
    };
  }

  /** Publishes the report now and every `ms`; stop() publishes a last one. */
  publishEvery(js: JetStreamClient, cfg: QueueConfig, ms: number): { stop: () => Promise<void> } {
    const put = async () => {
      const kv = await js.views.kv(cfg.statsBucket);
      await kv.put(this.id.replace(/[^A-Za-z0-9_=-]/g, '_'), new TextEncoder().encode(JSON.stringify(this.report())));
    };
    let last = put().catch(() => undefined);
    const timer = setInterval(() => { last = last.then(put).catch(() => undefined); }, ms);
    return { stop: async () => { clearInterval(timer); await last; await put().catch(() => undefined); } };
  }
}
