/**
 * What a worker does with a URL or re-code job, on the same code path as `dyad ingest` and `dyad
 * recode` (ingestDocument, the recode of one stored document), so coding through the queue gives
 * the same events as coding in process. Returns the jobs a feed expands into. (Document jobs are
 * stored a batch at a time: codeBatch and storeBatch, in worker.ts.)
 */
import type { Coder } from '../coding/coder.js';
import { ingestDocument } from '../ingest/ingest.js';
import { storedAsDocument } from '../ingest/recode.js';
import { loadSource } from '../ingest/source.js';
import type { FetchOptions } from '../ingest/fetch/fetch.js';
import type { Store } from '../store/types.js';
import { DyadError } from '../util/errors.js';
import type { Job } from './job.js';

export interface HandleContext {
  coder: Coder;
  store: Store;
  coderVersion: string;
  fetch?: FetchOptions;
}

export interface Handled {
  stored: number;
  events: number;
  /** Jobs to publish next (a feed's items). */
  follow: Job[];
}

export async function handleJob(job: Exclude<Job, { kind: 'document' }>, ctx: HandleContext): Promise<Handled> {
  const o = { coder: ctx.coder, store: ctx.store, coderVersion: ctx.coderVersion };
  if (job.kind === 'recode') {
    const stored = await ctx.store.getDocument(job.id);
    if (!stored) throw new DyadError('E_INPUT', `no stored document ${job.id}`);
    const coded = ctx.coder.code(storedAsDocument(stored));
    await ctx.store.replaceEvents(job.id, coded, ctx.coderVersion);
    return { stored: 1, events: coded.events.length, follow: [] };
  }
  const loaded = await loadSource({ kind: 'url', url: job.url, fallback: job.fallback }, { fetch: ctx.fetch });
  let stored = 0, events = 0;
  for (const doc of loaded.docs) {
    const r = await ingestDocument(doc, { ...o, date: job.date });
    if (r.inserted) { stored++; if (!r.duplicateOf) events += r.events; }
  }
  const follow = loaded.items.flatMap((s): Job[] => (s.kind === 'url' ? [{ kind: 'url', url: s.url, fallback: s.fallback, date: job.date }] : []));
  return { stored, events, follow };
}
