/**
 * `dyad query`: stored events matching filters.
 *   --format table|jsonl|csv (default table)   --limit N (default 100)
 *   --actor CODE  --dyad SRC-TGT [--both]  --cameo a,b  --root a,b  --plover a,b  --modality a,b
 *   --from YYYY-MM-DD  --to YYYY-MM-DD  --text QUERY  --db PATH|postgres://...
 */
import { parseArgs } from 'node:util';
import { csvLine, eventQuery, FILTER_OPTIONS, ROW_COLUMNS, rowValues, table } from '../../ingest/event-filters.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { usageError } from '../command.js';

const USAGE = 'dyad query [--format table|jsonl|csv] [--limit N] [--actor C] [--dyad A-B] [--both] [--cameo ..] [--root ..] [--plover ..] [--modality ..] [--from D] [--to D] [--text Q] [--db PATH]';

export const command: Command = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'table' }, limit: { type: 'string', default: '100' }, help: { type: 'boolean', default: false } } });
    } catch (e) {
      throw usageError(`${(e as Error).message}\n${USAGE}`);
    }
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit "${o.limit}" must be a positive integer`);
    if (!['table', 'jsonl', 'csv'].includes(o.format)) throw usageError('--format must be one of table, jsonl, csv');
    const q = eventQuery(o);
    const store = await openStore(o.db);
    try {
      const rows = await store.queryEvents({ ...q, limit });
      if (o.format === 'jsonl') io.out(rows.map((r) => JSON.stringify(r) + '\n').join(''));
      else if (o.format === 'csv') io.out([ROW_COLUMNS, ...rows.map(rowValues)].map((r) => csvLine(r) + '\n').join(''));
      else io.out(table(ROW_COLUMNS, rows.map(rowValues)));
    } finally {
      await store.close();
    }
    return 0;
  },
};
