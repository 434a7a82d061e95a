/**
 * `dyad enqueue PATH|URL|FEED...|- [--nats URL] [--stream NAME] [--date YYYY-MM-DD]`: publishes
 * documents to the JetStream work queue for `dyad worker` (DYAD_NATS, DYAD_STREAM). Each message id
 * comes from the content, so enqueuing the same input twice adds nothing.
 * Exit codes: 0 all published; 3 some inputs failed (listed), the rest published.
 */
import { parseArgs } from 'node:util';
import { expandSources } from '../../ingest/source.js';
import { openQueue } from '../../queue/connect.js';
import { enqueueSources } from '../../queue/enqueue.js';
import type { Command } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';
import { dateOption } from '../coder-options.js';
import { QUEUE_OPTIONS, QUEUE_USAGE, queueOptions } from './queue-options.js';

const USAGE = `dyad enqueue PATH|URL|FEED...|- ${QUEUE_USAGE} [--date YYYY-MM-DD]`;

export const command: Command = {
  async run(args, io) {
    const { values: o, positionals } = parseOrUsage(USAGE, () => parseArgs({
      args, allowPositionals: true, options: { ...QUEUE_OPTIONS, date: { type: 'string' }, help: { type: 'boolean', default: false } },
    }));
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (!positionals.length) throw usageError(USAGE);
    const date = dateOption(o);
    const cfg = queueOptions(o);
    const { sources, skipped } = expandSources(positionals);
    for (const s of skipped) io.err(`dyad: skipped ${s.path}: ${s.reason}\n`);
    const nc = await openQueue(cfg);
    try {
      const sum = await enqueueSources(nc.jetstream(), cfg, sources, { readStdin: io.readStdin, date });
      for (const f of sum.failures) io.err(`dyad: ${f.input}: ${f.reason}\n`);
      io.err(`enqueued ${sum.documents} jobs on ${cfg.stream} (${sum.duplicates} already queued), failures ${sum.failures.length}\n`);
      return sum.failures.length ? 3 : 0;
    } finally {
      await nc.drain();
    }
  },
};
