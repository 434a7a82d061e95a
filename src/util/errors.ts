/**
 * Errors with stable codes. Every failure a user can cause (bad input, bad dictionary,
 * bad option) is a DyadError; the CLI prints `dyad: <code>: <message>` and exits with `exit`.
 */
export type ErrorCode =
  | 'E_USAGE'            // bad command line
  | 'E_INPUT'            // unreadable or invalid input file
  | 'E_ENCODING'         // input is not valid UTF-8 text
  | 'E_BINARY'           // input looks binary
  | 'E_TOO_LARGE'        // input over a size limit
  | 'E_LANGUAGE'         // not English
  | 'E_DICTIONARY'       // malformed dictionary or overlay
  | 'E_MODEL'            // missing or corrupt model file
  | 'E_XML'              // malformed PETRARCH XML
  | 'E_STORE'            // database problem
  | 'E_FETCH'            // network fetch refused or failed
  | 'E_PRIVATE_ADDRESS'  // fetch refused: loopback, private or link-local address (--allow-private)
  | 'E_TIMEOUT'          // fetch took longer than its time limit
  | 'E_QUEUE'            // NATS JetStream unreachable or not set up
  | 'E_INTERNAL';

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly exit: number;
  /** File the problem is in, where there is one. */
  readonly file?: string;
  /** 1-based line in that file, where known. */
  readonly line?: number;

  constructor(code: ErrorCode, message: string, opts: { file?: string; line?: number; exit?: number; cause?: unknown } = {}) {
    const where = opts.file ? `${opts.file}${opts.line ? `:${opts.line}` : ''}: ` : '';
    super(where + message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = 'DyadError';
    this.code = code;
    this.exit = opts.exit ?? 2;
    this.file = opts.file;
    this.line = opts.line;
  }
}

export function isDyadError(e: unknown): e is DyadError {
  return e instanceof DyadError;
}
