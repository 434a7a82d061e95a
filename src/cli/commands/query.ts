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
import { parseOrUsage, positiveInt, usageError } from '../command.js';

const USAGE = 'dyad query [--format table|jsonl|csv] [--limit N] [--actor C] [--dyad A-B] [--both] [--cameo ..] [--root ..] [--plover ..] [--modality ..] [--from D] [--to D] [--text Q] [--db PATH]';

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'table' }, limit: { type: 'string', default: '100' }, help: { type: 'boolean', default: false } } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const limit = positiveInt(o.limit, '--limit');
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
