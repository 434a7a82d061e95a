/**
 * `dyad worker [--nats URL] [--db postgres://...] [--stream NAME] [--concurrency N] [--batch N] [--max-deliver N]
 * [--ack-wait SECONDS] [--allow-private]` and the coder options: pulls jobs from the queue, codes and
 * stores each, acknowledging after the commit. SIGTERM or SIGINT: no new jobs, finish the held ones,
 * exit 0. DYAD_NATS, DYAD_DB and DYAD_STREAM stand in for the options.
 */
import { parseArgs } from 'node:util';
import { openQueue } from '../../queue/connect.js';
import { runWorker } from '../../queue/worker.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { parseOrUsage, positiveInt, usageError } from '../command.js';
import { CODER_OPTIONS, CODER_USAGE, coderVersion, loadCoder } from '../coder-options.js';
import { QUEUE_OPTIONS, QUEUE_USAGE, queueOptions } from './queue-options.js';

const USAGE = `dyad worker ${QUEUE_USAGE} [--db PATH|postgres://...] [--concurrency N] [--batch N] [--max-deliver N] [--ack-wait SECONDS] [--allow-private] [--id NAME] ${CODER_USAGE}`;

export const command: Command = {
  async run(args, io) {
    const { values: o } = parseOrUsage(USAGE, () => parseArgs({
      args, options: {
        ...QUEUE_OPTIONS, ...CODER_OPTIONS, db: { type: 'string' }, concurrency: { type: 'string' }, batch: { type: 'string' }, 'max-deliver': { type: 'string' },
        'ack-wait': { type: 'string' }, 'allow-private': { type: 'boolean', default: false }, id: { type: 'string' }, help: { type: 'boolean', default: false },
      },
    }));
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (o.date !== undefined) throw usageError('a worker takes each job\'s own date; give --date to dyad enqueue');
    const cfg = queueOptions(o, {
      maxDeliver: o['max-deliver'] ? positiveInt(o['max-deliver'], '--max-deliver') : undefined,
      ackWaitMs: o['ack-wait'] ? positiveInt(o['ack-wait'], '--ack-wait') * 1000 : undefined,
    });
    const coder = loadCoder(o);
    const store = await openStore(o.db);
    const nc = await openQueue(cfg).catch(async (e: unknown) => { await store.close(); throw e; });
    const stop = new AbortController();
    const onSignal = () => { io.err('dyad worker: stopping after the jobs in hand\n'); stop.abort(); };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    try {
      const stats = await runWorker({
        nc, cfg, signal: stop.signal, id: o.id, concurrency: o.concurrency ? positiveInt(o.concurrency, '--concurrency') : 3,
        batch: o.batch ? positiveInt(o.batch, '--batch') : 64,
        ctx: { coder, store, coderVersion: coderVersion(coder), fetch: { allowPrivate: o['allow-private'] } },
        log: (line) => io.err(`dyad worker: ${line}\n`),
      });
      const r = stats.report();
      io.err(`dyad worker ${r.id}: ${r.processed} jobs, ${r.stored} stored, ${r.events} events, ${r.failed} failed, ${r.dead} dead letters\n`);
      return 0;
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await nc.drain().catch(() => undefined);
      await store.close();
    }
  },
};
