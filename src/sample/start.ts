/**
 * `npm start`: the dashboard on the bundled sample corpus in one command. Ingests
 * examples/sample-corpus into ./sample.db when that file is missing or older than the corpus,
 * then runs `dyad serve --db sample.db` (extra arguments are passed to serve).
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main.js';

const CORPUS = fileURLToPath(new URL('../../../examples/sample-corpus/', import.meta.url));
const DB = 'sample.db';

function newestCorpusFile(): number {
  return Math.max(...readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).map((f) => statSync(join(CORPUS, f)).mtimeMs));
}

async function start(args: string[]): Promise<number> {
  if (!existsSync(DB) || statSync(DB).mtimeMs < newestCorpusFile()) {
    for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
    process.stderr.write(`dyad: ingesting the sample corpus (illustrative articles) into ${DB}\n`);
    const code = await main(['ingest', CORPUS, '--db', DB]);
    if (code !== 0) return code;
  }
  return main(['serve', '--db', DB, ...args]);
}

process.exitCode = await start(process.argv.slice(2));
