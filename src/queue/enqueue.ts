/**
 * `dyad enqueue`: publishes documents to the work stream. Files, directories and standard input are
 * read here and published one message per document; URLs (pages and feeds) are published as URL
 * jobs that a worker fetches. Each message id is derived from the content (job.ts), so enqueuing
 * the same input twice publishes nothing new.
 */
import type { JetStreamClient } from 'nats';
import { loadSource, sourceLabel, type Source } from '../ingest/source.js';
import type { QueueConfig } from './config.js';
import { encodeJob, jobId, type Job } from './job.js';

export interface EnqueueSummary {
  documents: number;
  /** Messages the stream already had (same id within its duplicate window). */
  duplicates: number;
  failures: { input: string; reason: string }[];
}

export async function publishJob(js: JetStreamClient, cfg: QueueConfig, job: Job): Promise<boolean> {
  const ack = await js.publish(cfg.subject, encodeJob(job), { msgID: jobId(job) });
  return !ack.duplicate;
}

export async function enqueueSources(
  js: JetStreamClient, cfg: QueueConfig, sources: Source[], o: { readStdin?: () => Buffer; date?: string } = {},
): Promise<EnqueueSummary> {
  const sum: EnqueueSummary = { documents: 0, duplicates: 0, failures: [] };
  const count = (fresh: boolean) => { if (fresh) sum.documents++; else sum.duplicates++; };
  for (const src of sources) {
    if (src.kind === 'url') {
      count(await publishJob(js, cfg, { kind: 'url', url: src.url, date: o.date }));
      continue;
    }
    try {
      const r = await loadSource(src, { readStdin: o.readStdin });
      for (const e of r.errors) sum.failures.push({ input: `${r.label}: record ${e.record}`, reason: e.message });
      for (const d of r.docs) count(await publishJob(js, cfg, { kind: 'document', text: d.text, meta: d.meta, date: o.date }));
    } catch (e) {
      sum.failures.push({ input: sourceLabel(src), reason: (e as Error).message });
    }
  }
  return sum;
}
