/**
 * What the server runs on: the store, a way to load the coder (lazily: reading queries never pay
 * for loading dictionaries and models), the write token and the user overlay file. One context
 * per app; nothing module-level.
 */
import type { Coder } from '../coding/coder.js';
import type { FetchOptions } from '../ingest/fetch/fetch.js';
import type { Store } from '../store/types.js';

export interface ServerContext {
  store: Store;
  /** Loads a coder with these extra overlay files (the user overlay file among them, once it exists). */
  loadCoder: (overlays: string[]) => Coder;
  /** Bearer token for the write endpoints; without one they refuse every request (401). */
  token?: string;
  /** Where POST /api/overlay appends records (default ./dyad-overlay.jsonl). */
  overlayFile: string;
  coderVersion: (coder: Coder) => string;
  /** Static dashboard files; null: a page saying the dashboard is not built. */
  webDir: string | null;
  fetch?: FetchOptions;
  /**
   * The SQLite file behind `store`, when it is one: reads then run in a worker thread, so a slow
   * query never stalls the server and is stopped at the time cap (worker-reads.ts).
   */
  readFile?: string;
  /** Cap on one request's store work, ms (default 10000). */
  queryTimeoutMs?: number;
  /** Cap on a request body, bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where request lines and internal errors go (default: nowhere). */
  log?: (line: string) => void;
}

/** The coder, loaded on first use and replaced after an overlay change. */
export class CoderSlot {
  private coder: Coder | null = null;
  constructor(private readonly ctx: ServerContext, private readonly overlays: () => string[]) {}
  get(): Coder {
    this.coder ??= this.ctx.loadCoder(this.overlays());
    return this.coder;
  }
  reload(): Coder {
    this.coder = null;
    return this.get();
  }
}
