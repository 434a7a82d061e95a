/**
 * `dyad deadletters [list|replay [SEQ...]|purge] [--nats URL] [--stream NAME] [--format text|json]`:
 * jobs that failed max_deliver times, with the error that stopped them; replay puts their jobs back
 * on the queue (all, or the given sequence numbers), purge drops them.
 */
import { parseArgs } from 'node:util';
import { openQueue } from '../../queue/connect.js';
import { listDeadLetters, purgeDeadLetters, replayDeadLetters } from '../../queue/dead-letters.js';
import { jobLabel } from '../../queue/job.js';
import type { Command } from '../command.js';
import { parseOrUsage, positiveInt, usageError } from '../command.js';
import { QUEUE_OPTIONS, QUEUE_USAGE, queueOptions } from './queue-options.js';

const USAGE = `dyad deadletters [list|replay [SEQ...]|purge] ${QUEUE_USAGE} [--format text|json]`;

export const command: Command = {
  async run(args, io) {
    const { values: o, positionals } = parseOrUsage(USAGE, () => parseArgs({
      args, allowPositionals: true, options: { ...QUEUE_OPTIONS, format: { type: 'string', default: 'text' }, help: { type: 'boolean', default: false } },
    }));
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const [action = 'list', ...rest] = positionals;
    if (!['list', 'replay', 'purge'].includes(action)) throw usageError(USAGE);
    const seqs = rest.map((s) => positiveInt(s, 'SEQ'));
    const cfg = queueOptions(o);
    const nc = await openQueue(cfg);
    try {
      if (action === 'replay') io.err(`replayed ${await replayDeadLetters(nc, cfg, seqs.length ? seqs : undefined)} dead letters onto ${cfg.stream}\n`);
      else if (action === 'purge') io.err(`purged ${await purgeDeadLetters(nc, cfg)} dead letters\n`);
      else {
        const letters = await listDeadLetters(nc, cfg);
        if (o.format === 'json') for (const l of letters) io.out(`${JSON.stringify(l)}\n`);
        else for (const l of letters) io.out(`${l.seq}\t${l.at}\t${l.deliveries} deliveries\t${l.error.code}: ${l.error.message}\t${l.job ? jobLabel(l.job) : '(unreadable message)'}\n`);
      }
      return 0;
    } finally {
      await nc.close();
    }
  },
};
