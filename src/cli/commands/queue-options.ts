/** Options of the queue commands (enqueue, worker, status, deadletters, recode --queue). */
import { queueConfig, type QueueConfig } from '../../queue/config.js';
import { usageError } from '../command.js';

export const QUEUE_OPTIONS = {
  nats: { type: 'string' },
  stream: { type: 'string' },
} as const;

export const QUEUE_USAGE = '[--nats URL] [--stream NAME]';

export function queueOptions(o: { nats?: string; stream?: string }, extra: { maxDeliver?: number; ackWaitMs?: number } = {}): QueueConfig {
  try {
    return queueConfig({ nats: o.nats, stream: o.stream, ...extra });
  } catch (e) {
    throw usageError((e as Error).message);
  }
}
