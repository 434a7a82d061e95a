/**
 * Where the queue lives: the NATS server, the work stream and its subjects, the dead-letter stream,
 * the workers' durable consumer and their stats bucket, all named from one stream name so tests and
 * tenants can share a server (`--stream NAME` or DYAD_STREAM).
 */
export interface QueueConfig {
  servers: string;
  stream: string;
  /** Subject documents are published on: `<stream>.docs`. */
  subject: string;
  /** Dead-letter stream and subject: `<stream>_DEAD`, `<stream>.dead`. */
  deadStream: string;
  deadSubject: string;
  /** The workers' shared durable pull consumer. */
  consumer: string;
  /** Key-value bucket where each worker publishes its throughput. */
  statsBucket: string;
  /** Deliveries before a message goes to the dead-letter stream. */
  maxDeliver: number;
  /** How long a worker may hold a message before it is redelivered (ms). */
  ackWaitMs: number;
}

export interface QueueOptions {
  nats?: string;
  stream?: string;
  maxDeliver?: number;
  ackWaitMs?: number;
}

export const DEFAULT_STREAM = 'DYAD';

export function queueConfig(o: QueueOptions = {}, env: NodeJS.ProcessEnv = process.env): QueueConfig {
  const stream = o.stream ?? env.DYAD_STREAM ?? DEFAULT_STREAM;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(stream)) throw new Error(`stream name "${stream}": letters, digits, _ and - only`);
  return {
    servers: o.nats ?? env.DYAD_NATS ?? '127.0.0.1:4222',
    stream,
    subject: `${stream}.docs`,
    deadStream: `${stream}_DEAD`,
    deadSubject: `${stream}.dead`,
    consumer: `${stream}_workers`,
    statsBucket: `${stream}_stats`,
    maxDeliver: o.maxDeliver ?? 5,
    ackWaitMs: o.ackWaitMs ?? 60_000,
  };
}
