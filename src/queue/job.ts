/**
 * What a queue message carries: a document to code and store, a URL to fetch (a page, or a feed
 * whose items are enqueued in turn), or a stored document to re-code. Each has a message id
 * derived from its content, so JetStream drops a second publication of the same job.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../ingest/readers/types.js';
import type { ItemFallback } from '../ingest/source.js';
import { DyadError } from '../util/errors.js';

export type Job =
  | { kind: 'document'; text: string; meta: DocumentMeta; date?: string }
  | { kind: 'url'; url: string; fallback?: ItemFallback; date?: string }
  | { kind: 'recode'; id: string; coderVersion: string };

/** The message id: the same content always gives the same id. */
export function jobId(job: Job): string {
  const h = createHash('sha256');
  if (job.kind === 'document') h.update(`doc\0${job.meta.canonicalUrl ?? job.meta.url ?? ''}\0${job.date ?? ''}\0${job.text}`);
  else if (job.kind === 'url') h.update(`url\0${job.url}\0${job.date ?? ''}`);
  // A re-code job is new for each coder version: re-coding again after another change is not a duplicate.
  else h.update(`recode\0${job.id}\0${job.coderVersion}`);
  return `${job.kind}-${h.digest('hex').slice(0, 40)}`;
}

export function encodeJob(job: Job): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(job));
}

export function decodeJob(data: Uint8Array): Job {
  let v: unknown;
  try {
    v = JSON.parse(new TextDecoder().decode(data));
  } catch {
    throw new DyadError('E_INPUT', 'queue message is not JSON');
  }
  const j = v as Partial<Job> | null;
  if (j?.kind === 'document' && typeof j.text === 'string' && j.meta) return j as Job;
  if (j?.kind === 'url' && typeof j.url === 'string') return j as Job;
  if (j?.kind === 'recode' && typeof j.id === 'string') return j as Job;
  throw new DyadError('E_INPUT', 'queue message is not a dyad job');
}

export function jobLabel(job: Job): string {
  if (job.kind === 'url') return job.url;
  if (job.kind === 'recode') return `recode ${job.id}`;
  return job.meta.file ? `${job.meta.file}${job.meta.sourceId ? `#${job.meta.sourceId}` : ''}` : job.meta.url ?? job.meta.title ?? 'document';
}
