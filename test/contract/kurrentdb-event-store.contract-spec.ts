import { execFile } from 'node:child_process';
import { Console } from 'node:console';
import { promisify } from 'node:util';
import { afterAll, describe, it } from '@jest/globals';
import { TcpProxy } from '../support/tcp-proxy.js';
import { eventStoreContract } from './event-store.contract.js';

/**
 * The shared contract against a real KurrentDB: the server KURRENTDB_CONNECTION_STRING names (e.g. the one in
 * docker/compose.yaml: KURRENTDB_CONNECTION_STRING=kurrentdb://localhost:2113?tls=false npm test), else one
 * started with @testcontainers/kurrentdb when a Docker engine answers (issue 16 item 6). With neither, the suite
 * is registered as skipped and says so once.
 */
const MAX_EVENT_BYTES = 64 * 1024;
/** the image docker/compose.yaml runs */
const IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';
const say = new Console({ stdout: process.stdout, stderr: process.stderr });

async function dockerEngineAnswers(): Promise<boolean> {
  try {
    await promisify(execFile)('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

type Server = Readonly<{ host: string; port: number; query: string; stop: () => Promise<void> }>;

async function kurrentDb(): Promise<Server | null> {
  const configured = process.env.KURRENTDB_CONNECTION_STRING;
  if (configured) {
    const url = new URL(configured);
    return { host: url.hostname, port: Number(url.port || 2113), query: url.search, stop: async () => undefined };
  }
  if (!(await dockerEngineAnswers())) return null;
  // Loaded only with an engine: testcontainers pulls in the Docker client.
  const { KurrentDbContainer } = await import('@testcontainers/kurrentdb');
  say.log(`KurrentDB contract suite: starting ${IMAGE} with testcontainers`);
  const container = await new KurrentDbContainer(IMAGE).start();
  return {
    host: container.getHost(),
    port: container.getFirstMappedPort(),
    query: '?tls=false',
    stop: async () => {
      await container.stop();
    },
  };
}

const server = await kurrentDb();

if (server) {
  afterAll(() => server.stop());
  eventStoreContract('KurrentDB', async () => {
    // Through a proxy the suite can cut: a subscription the server drops is resubscribed (answers-reviews-replay §5).
    const proxy = new TcpProxy(server.port, server.host);
    await proxy.start();
    // Loaded only when a server is there: the client pulls in gRPC and a native addon.
    const { KurrentDbEventStore } = await import('../../src/shared/event-store/kurrentdb/kurrentdb-event-store.js');
    const store = KurrentDbEventStore.fromConnectionString(`kurrentdb://127.0.0.1:${proxy.port}${server.query}`, {
      maxEventBytes: MAX_EVENT_BYTES,
      resubscribe: { initialDelayMs: 50, maxDelayMs: 1_000, maxAttempts: 20 },
    });
    return {
      store,
      maxEventBytes: MAX_EVENT_BYTES,
      teardown: async () => {
        await store.close();
        await proxy.cut();
      },
      disrupt: () => proxy.outage(2, 20_000),
    };
  });
} else {
  // Jest's reporter drops the buffered console of a fully skipped file when tests run in workers, so this
  // console writes straight to the process's stdout and the line shows however Jest runs.
  say.log(
    'KurrentDB contract suite SKIPPED: no KURRENTDB_CONNECTION_STRING (e.g. kurrentdb://localhost:2113?tls=false) and no Docker engine for testcontainers',
  );
  describe.skip('EventStore contract: KurrentDB (set KURRENTDB_CONNECTION_STRING or run a Docker engine)', () => {
    it.skip('runs the shared event store contract against a KurrentDB server', () => undefined);
  });
}
