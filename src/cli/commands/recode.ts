/**
 * `dyad recode [--db PATH|postgres://...]`: re-code every stored document with the current
 * dictionaries, overlays and models, replacing its events in place.
 *   --overlay FILE, --dict-dir DIR, --model-dir DIR   as for `dyad code`
 *   --queue [--nats URL] [--stream NAME]   publish one re-code job per stored document for the
 *     workers instead (they re-code with their own dictionaries and models)
 * Exit codes: 0 every document re-coded; 3 some failed (listed on stderr, the rest re-coded).
 */
import { parseArgs } from 'node:util';
import { recodeStore, type RecodeSummary } from '../../ingest/recode.js';
import { openStore } from '../../store/index.js';
import type { Command, Io } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';
import { CODER_OPTIONS, coderVersion, loadCoder } from '../coder-options.js';
import { openQueue } from '../../queue/connect.js';
import { publishJob } from '../../queue/enqueue.js';
import { QUEUE_OPTIONS, QUEUE_USAGE, queueOptions } from './queue-options.js';

const USAGE = `dyad recode [--db PATH|postgres://...] [--overlay FILE]... [--dict-dir DIR] [--model-dir DIR] [--queue ${QUEUE_USAGE}]`;

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: {
      ...CODER_OPTIONS, ...QUEUE_OPTIONS, db: { type: 'string' }, queue: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (o.date !== undefined) throw usageError('recode keeps each stored document\'s own date; --date does not apply');
    if (o.queue) return recodeThroughQueue(o, io);
    const coder = loadCoder(o);
    const store = await openStore(o.db);
    let sum: RecodeSummary;
    try {
      sum = await recodeStore({ coder, store, coderVersion: coderVersion(coder), onProgress: progress(io) });
    } finally {
      await store.close();
    }
    if (io.isTty) io.err('\n');
    for (const f of sum.failures) io.err(`dyad: ${f.code}: document ${f.input}: ${f.reason}\n`);
    io.err(`recoded ${sum.recoded} of ${sum.documents} documents: events ${sum.eventsBefore} -> ${sum.eventsAfter}, failures ${sum.failures.length}\n`);
    return sum.failures.length ? 3 : 0;
  },
};

/** Publishes a re-code job for every stored document; the workers' coder version goes in the job id. */
async function recodeThroughQueue(o: { db?: string; nats?: string; stream?: string; overlay?: string[]; 'dict-dir'?: string }, io: Io): Promise<number> {
  if (o.overlay || o['dict-dir']) throw usageError('with --queue the workers re-code with their own dictionaries: restart them with --overlay / --dict-dir');
  const cfg = queueOptions(o);
  const store = await openStore(o.db);
  try {
    const nc = await openQueue(cfg);
    try {
      const version = `${coderVersion()}@${new Date().toISOString()}`;
      const js = nc.jetstream();
      let n = 0;
      let after: string | undefined;
      for (;;) {
        const ids = await store.documentIds({ after, limit: 500 });
        if (!ids.length) break;
        for (const id of ids) await publishJob(js, cfg, { kind: 'recode', id, coderVersion: version });
        n += ids.length;
        after = ids[ids.length - 1];
      }
      io.err(`enqueued ${n} re-code jobs on ${cfg.stream}\n`);
      return 0;
    } finally {
      await nc.drain();
    }
  } finally {
    await store.close();
  }
}

function progress(io: Io): (s: RecodeSummary) => void {
  return (s) => {
    const line = `${s.documents} documents, ${s.eventsAfter} events, ${s.failures.length} errors`;
    io.err(io.isTty ? `\r\x1b[K${line}` : `dyad recode: ${line}\n`);
  };
}
