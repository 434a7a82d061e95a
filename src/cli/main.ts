#!/usr/bin/env node
/**
 * The `dyad` command line. Each command lives in its own module under ./commands and exports
 * `run(args, io)`; this file only dispatches and turns errors into messages and exit codes.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isDyadError } from '../util/errors.js';
import type { Command, Io } from './command.js';
import { processIo } from './command.js';

const COMMANDS: Record<string, { module: string; summary: string }> = {
  parse: { module: './commands/parse.js', summary: 'tokenise, tag and parse text; print CoNLL-U' },
  code: { module: './commands/code.js', summary: 'code articles into actors and events' },
  eval: { module: './commands/eval.js', summary: 'evaluate against gold data (syntax, sentences, petrarch, plover)' },
  ingest: { module: './commands/ingest.js', summary: 'code and store files, directories, pages and feeds' },
  query: { module: './commands/query.js', summary: 'query stored events' },
  dyad: { module: './commands/dyad.js', summary: "print a dyad's series" },
  actors: { module: './commands/actors.js', summary: 'list actors and unresolved names' },
  export: { module: './commands/export.js', summary: 'export events (csv, jsonl, gdelt, plover)' },
  recode: { module: './commands/recode.js', summary: 're-code stored documents with the current dictionaries and models' },
  serve: { module: './commands/serve.js', summary: 'serve the HTTP API and the web dashboard' },
  enqueue: { module: './commands/enqueue.js', summary: 'publish documents to the NATS JetStream work queue' },
  worker: { module: './commands/worker.js', summary: 'code and store queued documents (NATS -> PostgreSQL)' },
  status: { module: './commands/status.js', summary: 'the work queue: pending, in flight, redelivered, dead letters, workers' },
  deadletters: { module: './commands/deadletters.js', summary: 'list, replay or purge jobs that failed max_deliver times' },
};

function usage(): string {
  const lines = ['usage: dyad <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)} ${c.summary}`);
  lines.push('', 'dyad <command> --help for its options');
  return lines.join('\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage() + '\n');
    return name ? 0 : 1;
  }
  if (name === '--version') {
    io.out('dyad 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`dyad: E_USAGE: unknown command "${name}"\n${usage()}\n`);
    return 1;
  }
  let mod: { command: Command };
  try {
    mod = await import(entry.module);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(entry.module.slice(2))) {
      io.err(`dyad: E_USAGE: command "${name}" is not part of this build yet\n`);
      return 1;
    }
    throw e;
  }
  try {
    return await mod.command.run(rest, io);
  } catch (e) {
    if (isDyadError(e)) {
      io.err(`dyad: ${e.code}: ${e.message}\n`);
      return e.exit;
    }
    io.err(`dyad: E_INTERNAL: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
}

// Run when this file is the program, also through a symlink: `npx dyad`, `npm link` and a global
// install call the bin's link, whose path is not this module's URL.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
