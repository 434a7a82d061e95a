/**
 * Test harness for the queue: a fresh stream on the real NATS server and a fresh schema on the real
 * PostgreSQL server per test, a corpus of small English news documents, and a wait until the
 * queue is empty. DYAD_TEST_NATS and DYAD_TEST_PG override the servers.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NatsConnection } from 'nats';
import { openPostgres, type PostgresStore } from '../../store/postgres/driver.js';
import { queueConfig, type QueueConfig } from '../config.js';
import { openQueue } from '../connect.js';
import { queueStatus, type QueueStatus } from '../status.js';
import { deleteQueue } from '../streams.js';

export const NATS = process.env.DYAD_TEST_NATS ?? '127.0.0.1:4222';
export const PG = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface QueueFixture { cfg: QueueConfig; nc: NatsConnection; schema: string; pgUrl: string; done: () => Promise<void> }

export async function queueFixture(o: { maxDeliver?: number; ackWaitMs?: number; pgBase?: string } = {}): Promise<QueueFixture> {
  const tag = `t${process.pid}_${randomBytes(3).toString('hex')}`;
  const cfg = queueConfig({ nats: NATS, stream: `DYADTEST_${tag}`, maxDeliver: o.maxDeliver ?? 3, ackWaitMs: o.ackWaitMs ?? 3000 }, {});
  const nc = await openQueue(cfg);
  const schema = `dyad_q_${tag}`;
  const pgUrl = `${o.pgBase ?? PG}?schema=${schema}`;
  return {
    cfg, nc, schema, pgUrl,
    done: async () => {
      await deleteQueue(nc, cfg);
      await nc.close();
      const s = openPostgres(PG, { schema });
      try { await s.dropSchema(); } finally { await s.close(); }
    },
  };
}

export function openTestStore(url: string): PostgresStore {
  return openPostgres(url);
}

const COUNTRIES = ['Japan', 'China', 'Russia', 'Ukraine', 'India', 'Pakistan', 'France', 'Germany', 'Turkey', 'Greece', 'Iran', 'Israel'];
const VERBS = ['agreed to hold talks with', 'accused', 'praised', 'criticized', 'signed a trade agreement with', 'met'];

/** n distinct short news documents, as JSON Lines records ({text, title, date, url}). */
export function corpus(n: number): { text: string; title: string; date: string; url: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const a = COUNTRIES[i % COUNTRIES.length];
    const b = COUNTRIES[(i * 5 + 3) % COUNTRIES.length] === a ? COUNTRIES[(i + 1) % COUNTRIES.length] : COUNTRIES[(i * 5 + 3) % COUNTRIES.length];
    const v = VERBS[i % VERBS.length];
    const text = `${a} ${v} ${b} on Monday, officials said. The move, report number ${i}, drew attention in ${b}. ` +
      `${b}'s foreign minister said ${b} would respond in the coming days.`;
    return { text, title: `Report ${i}`, date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, url: `https://example.org/news/${i}` };
  });
}

export function writeCorpus(dir: string, docs: object[], name = 'docs.jsonl'): string {
  const path = join(dir, name);
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return path;
}

/** Polls (every `everyMs`) until nothing is pending or held (or the time is up); returns the last status. */
export async function drained(nc: NatsConnection, cfg: QueueConfig, timeoutMs = 60_000, everyMs = 200): Promise<QueueStatus> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await queueStatus(nc, cfg);
    if (s.pending === 0 && s.inFlight === 0) return s;
    if (Date.now() > end) throw new Error(`queue not drained after ${timeoutMs} ms: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
