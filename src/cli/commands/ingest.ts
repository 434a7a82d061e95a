/**
 * `dyad ingest PATH|URL|FEED...|-`: read (or fetch), code and store documents. A URL is fetched
 * (HTML page, plain text, or an RSS/Atom feed whose items are fetched in turn).
 *   --db PATH|postgres://...   store (default $DYAD_DB, else ./dyad.db)
 *   --allow-private            let URLs reach loopback, private and link-local addresses (intranet)
 *   --timeout SECONDS          per URL, redirects included (default 30)
 *   --date YYYY-MM-DD          document date when the input has none
 *   --overlay FILE, --dict-dir DIR, --model-dir DIR   as for `dyad code`
 * Exit codes: 0 every input stored; 3 some inputs or documents failed (listed on stderr with the
 * reason, e.g. E_LANGUAGE for a non-English document), the rest stored; 1 usage error.
 */
import { parseArgs } from 'node:util';
import { ingestSources, type IngestSummary } from '../../ingest/ingest.js';
import { expandSources } from '../../ingest/source.js';
import { openStore } from '../../store/index.js';
import type { Command, Io } from '../command.js';
import { parseOrUsage, positiveInt, usageError } from '../command.js';
import { CODER_OPTIONS, CODER_USAGE, coderVersion, dateOption, loadCoder } from '../coder-options.js';

const USAGE = `dyad ingest PATH|URL|FEED...|- [--db PATH|postgres://...] [--allow-private] [--timeout SECONDS] ${CODER_USAGE}`;
const LOG_EVERY = 100;

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({
      args, allowPositionals: true,
      options: {
        ...CODER_OPTIONS, db: { type: 'string' }, help: { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false }, timeout: { type: 'string' },
      },
    }));
    const { values: o, positionals } = parsed;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (!positionals.length) throw usageError(USAGE);
    const date = dateOption(o);
    const timeoutMs = o.timeout === undefined ? undefined : positiveInt(o.timeout, '--timeout') * 1000;
    const { sources, skipped } = expandSources(positionals);
    for (const s of skipped) io.err(`dyad: skipped ${s.path}: ${s.reason}\n`);
    const coder = loadCoder(o);
    const store = await openStore(o.db);
    const started = Date.now();
    let sum: IngestSummary;
    try {
      sum = await ingestSources(sources, {
        coder, store, coderVersion: coderVersion(coder), readStdin: io.readStdin, date,
        fetch: { allowPrivate: o['allow-private'], timeoutMs },
        onProgress: progress(io, started),
      });
    } finally {
      await store.close();
    }
    if (io.isTty) io.err('\n');
    for (const f of sum.failures) io.err(`dyad: ${f.code}: ${f.input}: ${f.reason}\n`);
    io.err(`read ${sum.read} documents: stored ${sum.stored}, duplicates ${sum.duplicates}, near-duplicates ${sum.nearDuplicates}, events ${sum.events}, failures ${sum.failures.length}\n`);
    return sum.failures.length ? 3 : 0;
  },
};

function progress(io: Io, started: number): (s: IngestSummary) => void {
  let logged = 0;
  return (s) => {
    const rate = s.read / Math.max(0.001, (Date.now() - started) / 1000);
    const line = `${s.read} documents (${rate.toFixed(1)}/s), ${s.events} events, ${s.failures.length} errors`;
    if (io.isTty) io.err(`\r\x1b[K${line}`);
    else if (s.read - logged >= LOG_EVERY) { logged = s.read; io.err(`dyad ingest: ${line}\n`); }
  };
}
