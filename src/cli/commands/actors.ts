/**
 * `dyad actors [--unresolved] [--limit N] [--db PATH]`: actor codes with document and counted event
 * counts, or names the dictionaries could not resolve, with the sentences they occur in.
 */
import { parseArgs } from 'node:util';
import { table } from '../../ingest/event-filters.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { usageError } from '../command.js';

const USAGE = 'dyad actors [--unresolved] [--limit N] [--db PATH]';

export const command: Command = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { db: { type: 'string' }, unresolved: { type: 'boolean', default: false }, limit: { type: 'string', default: '100' }, help: { type: 'boolean', default: false } } });
    } catch (e) {
      throw usageError(`${(e as Error).message}\n${USAGE}`);
    }
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit "${o.limit}" must be a positive integer`);
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
