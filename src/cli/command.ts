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
