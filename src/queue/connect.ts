/** Connecting to NATS with an error that names the server, and the queue set up on it. */
import { connect, type NatsConnection } from 'nats';
import { DyadError } from '../util/errors.js';
import type { QueueConfig } from './config.js';
import { ensureQueue } from './streams.js';

export async function openQueue(cfg: QueueConfig): Promise<NatsConnection> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: cfg.servers, name: `dyad ${process.pid}`, maxReconnectAttempts: -1 });
  } catch (e) {
    throw new DyadError('E_QUEUE', `cannot connect to NATS at ${cfg.servers}: ${(e as Error).message}`);
  }
  try {
    await ensureQueue(nc, cfg);
  } catch (e) {
    await nc.close();
    throw new DyadError('E_QUEUE', `NATS at ${cfg.servers}: cannot set up stream ${cfg.stream} (is JetStream enabled?): ${(e as Error).message}`);
  }
  return nc;
}
