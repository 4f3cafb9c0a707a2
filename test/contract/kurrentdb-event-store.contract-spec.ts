import { Console } from 'node:console';
import { describe, it } from '@jest/globals';
import { eventStoreContract } from './event-store.contract.js';

/**
 * The shared contract against a real KurrentDB, e.g. the one in docker/compose.yaml:
 *   KURRENTDB_CONNECTION_STRING=kurrentdb://localhost:2113?tls=false npm test
 * Without the variable the suite is registered as skipped and says so once.
 */
const connectionString = process.env.KURRENTDB_CONNECTION_STRING;
const MAX_EVENT_BYTES = 64 * 1024;

if (connectionString) {
  eventStoreContract('KurrentDB', async () => {
    // Loaded only when a server is configured: the client pulls in gRPC and a native addon.
    const { KurrentDbEventStore } = await import('../../src/shared/event-store/kurrentdb/kurrentdb-event-store.js');
    const store = KurrentDbEventStore.fromConnectionString(connectionString, {
      maxEventBytes: MAX_EVENT_BYTES,
      resubscribe: { initialDelayMs: 50, maxDelayMs: 1_000, maxAttempts: 5 },
    });
    return { store, maxEventBytes: MAX_EVENT_BYTES, teardown: () => store.close() };
  });
} else {
  // Jest's reporter drops the buffered console of a fully skipped file when tests run in workers, so this
  // console writes straight to the process's stdout and the line shows however Jest runs.
  new Console({ stdout: process.stdout, stderr: process.stderr }).log(
    'KurrentDB contract suite SKIPPED: set KURRENTDB_CONNECTION_STRING (e.g. kurrentdb://localhost:2113?tls=false) to run it',
  );
  describe.skip('EventStore contract: KurrentDB (set KURRENTDB_CONNECTION_STRING to run)', () => {
    it.skip('runs the shared event store contract against a KurrentDB server', () => undefined);
  });
}
