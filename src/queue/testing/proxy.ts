/**
 * A TCP proxy of our own in front of a real server, for outage tests: cut it (close the listener
 * and every connection, as a restarting server does) and bring it back on the same port.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor(private readonly host: string, private readonly targetPort: number) {}

  async listen(port = this.port): Promise<number> {
    const server = createServer((client) => {
      const upstream = createConnection(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', () => resolve()); });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  /** Drops every connection and refuses new ones for `ms`, then listens again on the same port. */
  async cutFor(ms: number): Promise<void> {
    await this.close();
    await new Promise((r) => setTimeout(r, ms));
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }
}
