/**
 * Store reads in a worker thread with a real time cap: a read that runs past the cap is answered
 * 503 E_TIMEOUT and its worker is terminated (with it any reads queued behind it, also 503); the
 * next read starts a fresh worker. Writes stay on the main thread's store.
 */
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/types.js';
import { DyadError, type ErrorCode } from '../util/errors.js';
import { HttpError } from './errors.js';
import type { ReadReply, ReadRequest } from './read-worker.js';

const READS = new Set(['queryEvents', 'dyadSeries', 'topDyads', 'actors', 'unresolvedActors', 'search', 'stats', 'getDocument',
  'documentIds', 'latestDate', 'timeline', 'graph', 'changedDyads']);

interface Pending { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout }

export class WorkerReads {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly file: string, private readonly timeoutMs: number) {}

  private ready: Promise<void> | null = null;

  private start(): Worker {
    const w = new Worker(new URL('./read-worker.js', import.meta.url), { workerData: { file: this.file } });
    this.ready = new Promise((resolve) => {
      w.on('message', (m: ReadReply | { ready: true }) => ('ready' in m ? resolve() : this.settle(m)));
      w.once('exit', () => resolve());
    });
    w.on('error', (e) => this.failAll(w, e));
    w.on('exit', () => this.failAll(w, new HttpError(503, 'E_TIMEOUT', 'the query was stopped')));
    w.unref();
    return w;
  }

  private settle(m: ReadReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.result);
    else p.reject(m.dyad ? new DyadError(m.code as ErrorCode, m.message) : new Error(m.message));
  }

  private failAll(w: Worker, e: unknown): void {
    if (this.worker !== w) return;
    this.worker = null;
    for (const p of this.pending.values()) { clearTimeout(p.timer); p.reject(e); }
    this.pending.clear();
  }

  async call(method: string, args: unknown[]): Promise<unknown> {
    this.worker ??= this.start();
    const w = this.worker;
    await this.ready;
    if (this.worker !== w) throw new HttpError(503, 'E_TIMEOUT', 'the query was stopped');
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.failAll(w, new HttpError(503, 'E_TIMEOUT', `the query took longer than ${this.timeoutMs} ms; narrow it`));
        void w.terminate();
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      w.postMessage({ id, method, args } satisfies ReadRequest);
    });
  }

  /** The store with its reads sent to the worker. */
  store(main: Store): Store {
    return new Proxy(main, {
      get: (target, prop, receiver) => {
        if (typeof prop === 'string' && READS.has(prop)) return (...args: unknown[]) => this.call(prop, args);
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
