/**
 * `dyad actors [--unresolved] [--limit N] [--db PATH]`: actor codes with document and counted event
 * counts, or names the dictionaries could not resolve, with the sentences they occur in.
 */
import { parseArgs } from 'node:util';
import { table } from '../../ingest/event-filters.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { parseOrUsage, positiveInt } from '../command.js';

const USAGE = 'dyad actors [--unresolved] [--limit N] [--db PATH]';

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: { db: { type: 'string' }, unresolved: { type: 'boolean', default: false }, limit: { type: 'string', default: '100' }, help: { type: 'boolean', default: false } } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const limit = positiveInt(o.limit, '--limit');
    const store = await openStore(o.db);
    try {
      if (o.unresolved) {
        const rows = await store.unresolvedActors({ limit });
        for (const r of rows) {
          io.out(`${r.text}\t${r.code ?? ''}\t${r.documents} documents\n`);
          for (const c of r.contexts) io.out(`  ${c.documentId.slice(0, 12)}  ${c.sentence}\n`);
        }
      } else {
        const rows = (await store.actors()).slice(0, limit);
        io.out(table(['code', 'country', 'documents', 'events', 'name'], rows.map((r) => [r.code, r.country ?? '', String(r.documents), String(r.events), r.name])));
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
