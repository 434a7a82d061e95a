/**
 * The dead-letter stream: jobs that failed max_deliver times, with the error. `list` reads them,
 * `replay` publishes their jobs again (with a fresh message id, so the stream does not drop them as
 * duplicates) and removes them, `purge` removes them all.
 */
import type { NatsConnection } from 'nats';
import type { QueueConfig } from './config.js';
import { encodeJob, jobId } from './job.js';
import type { DeadLetter } from './worker.js';

export interface StoredLetter extends DeadLetter { seq: number }

export async function listDeadLetters(nc: NatsConnection, cfg: QueueConfig, limit = 100): Promise<StoredLetter[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(cfg.deadStream);
  const out: StoredLetter[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && out.length < limit; seq++) {
    const m = await jsm.streams.getMessage(cfg.deadStream, { seq }).catch(() => null);
    if (m) out.push({ seq, ...(JSON.parse(new TextDecoder().decode(m.data)) as DeadLetter) });
  }
  return out;
}

/** Re-publishes the dead letters' jobs (all, or the given sequence numbers); returns how many. */
export async function replayDeadLetters(nc: NatsConnection, cfg: QueueConfig, seqs?: number[]): Promise<number> {
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  let n = 0;
  for (const letter of await listDeadLetters(nc, cfg, Number.MAX_SAFE_INTEGER)) {
    if (seqs && !seqs.includes(letter.seq)) continue;
    if (!letter.job) continue; // an unreadable message has nothing to replay
    await js.publish(cfg.subject, encodeJob(letter.job), { msgID: `${jobId(letter.job)}-replay-${letter.seq}-${Date.now()}` });
    await jsm.streams.deleteMessage(cfg.deadStream, letter.seq);
    n++;
  }
  return n;
}

export async function purgeDeadLetters(nc: NatsConnection, cfg: QueueConfig): Promise<number> {
  const jsm = await nc.jetstreamManager();
  const r = await jsm.streams.purge(cfg.deadStream);
  return r.purged;
}
