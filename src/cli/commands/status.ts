/**
 * `dyad status [--nats URL] [--stream NAME] [--format text|json]`: the queue's pending, in-flight,
 * redelivered and dead-letter counts, and each worker's throughput.
 */
import { parseArgs } from 'node:util';
import { openQueue } from '../../queue/connect.js';
import { formatStatus, queueStatus } from '../../queue/status.js';
import type { Command } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';
import { QUEUE_OPTIONS, QUEUE_USAGE, queueOptions } from './queue-options.js';

const USAGE = `dyad status ${QUEUE_USAGE} [--format text|json]`;

export const command: Command = {
  async run(args, io) {
    const { values: o } = parseOrUsage(USAGE, () => parseArgs({ args, options: { ...QUEUE_OPTIONS, format: { type: 'string', default: 'text' }, help: { type: 'boolean', default: false } } }));
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (o.format !== 'text' && o.format !== 'json') throw usageError(`--format "${o.format}": text or json`);
    const cfg = queueOptions(o);
    const nc = await openQueue(cfg);
    try {
      const s = await queueStatus(nc, cfg);
      io.out(o.format === 'json' ? `${JSON.stringify(s)}\n` : formatStatus(s));
      return 0;
    } finally {
      await nc.close();
    }
  },
};
