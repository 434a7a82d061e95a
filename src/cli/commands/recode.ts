/**
 * `dyad recode [--db PATH|postgres://...]`: re-code every stored document with the current
 * dictionaries, overlays and models, replacing its events in place.
 *   --overlay FILE, --dict-dir DIR, --model-dir DIR   as for `dyad code`
 * Exit codes: 0 every document re-coded; 3 some failed (listed on stderr, the rest re-coded).
 */
import { parseArgs } from 'node:util';
import { recodeStore, type RecodeSummary } from '../../ingest/recode.js';
import { openStore } from '../../store/index.js';
import type { Command, Io } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';
import { CODER_OPTIONS, coderVersion, loadCoder } from '../coder-options.js';

const USAGE = 'dyad recode [--db PATH|postgres://...] [--overlay FILE]... [--dict-dir DIR] [--model-dir DIR]';

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: { ...CODER_OPTIONS, db: { type: 'string' }, help: { type: 'boolean', default: false } } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (o.date !== undefined) throw usageError('recode keeps each stored document\'s own date; --date does not apply');
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

function progress(io: Io): (s: RecodeSummary) => void {
  return (s) => {
    const line = `${s.documents} documents, ${s.eventsAfter} events, ${s.failures.length} errors`;
    io.err(io.isTty ? `\r\x1b[K${line}` : `dyad recode: ${line}\n`);
  };
}
