/** What a CLI command is, and the streams it writes to (so tests can capture them). */
import { DyadError } from '../util/errors.js';
import { readFileSync } from 'node:fs';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whole standard input, for commands given `-`. */
  readStdin(): Buffer;
  /** True when stderr is a terminal: show progress bars. */
  isTty: boolean;
}

export interface Command {
  run(args: string[], io: Io): Promise<number>;
}

export function processIo(): Io {
  // A reader that stops early (`dyad code x | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readStdin: () => readFileSync(0),
    isTty: Boolean(process.stderr.isTTY),
  };
}

/** A captured Io for tests. */
export function memoryIo(stdin = ''): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTty: false,
    out(s: string) { io.stdout += s; },
    err(s: string) { io.stderr += s; },
    readStdin: () => Buffer.from(stdin),
  };
  return io;
}

export function usageError(message: string): DyadError {
  return new DyadError('E_USAGE', message, { exit: 1 });
}

/** Runs an option parser (node:util parseArgs), turning its error into a usage error that shows `usage`. */
export function parseOrUsage<T>(usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw usageError(`${(e as Error).message}\n${usage}`);
  }
}

/** A --limit style option: a positive integer, or a usage error naming the option. */
export function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(`${option} "${value}" must be a positive integer`);
  return n;
}
