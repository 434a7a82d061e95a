/**
 * `dyad dyad A B --by day|week|month [--from D] [--to D] [--modality a,b] [--both] [--db PATH]`:
 * the dyad's event series (counted events only; default modality actual).
 */
import { parseArgs } from 'node:util';
import { eventQuery, table } from '../../ingest/event-filters.js';
import { openStore, type Period } from '../../store/index.js';
import type { Command } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';

const USAGE = 'dyad dyad SOURCE TARGET [--by day|week|month] [--from D] [--to D] [--modality a,b] [--both] [--db PATH]';
const PERIODS: Period[] = ['day', 'week', 'month'];

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, allowPositionals: true, options: {
      db: { type: 'string' }, by: { type: 'string', default: 'month' }, from: { type: 'string' }, to: { type: 'string' },
      modality: { type: 'string' }, both: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    } }));
    const { values: o, positionals } = parsed;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (positionals.length !== 2) throw usageError(USAGE);
    if (!PERIODS.includes(o.by as Period)) throw usageError('--by must be one of day, week, month');
    const modalities = eventQuery({ modality: o.modality }).modalities;
    const store = await openStore(o.db);
    try {
      const rows = await store.dyadSeries(positionals[0], positionals[1], { by: o.by as Period, from: o.from, to: o.to, both: o.both, modalities });
      io.out(table(['period', 'events', 'goldstein_sum', 'goldstein_mean', 'q1', 'q2', 'q3', 'q4'],
        rows.map((r) => [r.period, String(r.events), String(round(r.goldsteinSum)), String(round(r.goldsteinMean)), String(r.q1), String(r.q2), String(r.q3), String(r.q4)])));
    } finally {
      await store.close();
    }
    return 0;
  },
};

const round = (x: number): number => Math.round(x * 100) / 100;
