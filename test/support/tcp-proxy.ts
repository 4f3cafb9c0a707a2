import { eventually } from './eventually.js';
import { type Server, type Socket, createConnection, createServer } from 'node:net';

/** A loopback TCP proxy the test can cut and restore: the database "goes away" without stopping it. */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private refusing = false;
  port = 0;
  /** connections reset at once while refusing: a client's attempts to reach a server that is down */
  refused = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  async start(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      if (this.refusing) {
        this.refused++;
        client.on('error', () => undefined);
        client.resetAndDestroy();
        return;
      }
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', resolve);
    });
    const address = this.server.address();
    if (typeof address === 'object' && address) this.port = address.port;
  }

  /** Refuses new connections and resets the open ones. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** Resets the open connections and every new one until `allow`, counting the attempts. */
  refuse(): void {
    this.refusing = true;
    this.refused = 0;
    for (const s of this.sockets) s.destroy();
  }

  allow(): void {
    this.refusing = false;
  }

  /** An outage: refuses connections until the client behind it has tried `attempts` times, then lets them through. */
  async outage(attempts = 2, timeoutMs = 20_000): Promise<void> {
    this.refuse();
    try {
      await eventually(async () => this.refused >= attempts, timeoutMs, `${attempts} attempts to reconnect`);
    } finally {
      this.allow();
    }
  }
}
