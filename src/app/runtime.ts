import type { DataSource } from 'typeorm';
import { loadCharterDefaults, type CharterDefaults } from '../modules/organisations/index.js';
import { ENTITIES, EVENT_RENAMES, MIGRATIONS, UPCASTER_LIST, projectionList } from './persistence.js';
import { type Clock, systemClock } from '../shared/clock.js';
import type { AppConfig } from '../shared/config/app-config.js';
import { createPool } from '../shared/database/create-pool.js';
import { createDataSource } from '../shared/database/data-source.js';
import { startEmbeddedPostgres } from '../shared/database/embedded-postgres.js';
import { runMigrationsExclusively } from '../shared/database/migrate-exclusively.js';
import { type LedgerKey, loadLedgerKey } from '../shared/audit/ledger/ledger-key.js';
import { ledgerProjection } from '../shared/audit/ledger/ledger.projection.js';
import type { EventStore } from '../shared/event-store/event-store.port.js';
import { type UpcasterChain, upcasterChain } from '../shared/event-store/upcasting.js';
import { PostgresEventStore } from '../shared/event-store/postgres/postgres-event-store.js';
import { JsonLogger } from '../shared/logging/json-logger.js';
import { CharterMetrics } from '../shared/metrics/charter-metrics.js';
import { ProjectionService } from '../shared/projections/projection-service.js';

/** Everything the app runs on, built once: the HTTP server, the CLI and the tests share it. */
export type Runtime = Readonly<{
  config: AppConfig;
  logger: JsonLogger;
  clock: Clock;
  dataSource: DataSource;
  store: EventStore;
  projections: ProjectionService;
  charterDefaults: CharterDefaults;
  ledgerKey: LedgerKey;
  upcast: UpcasterChain;
  databaseUrl: string;
  /** this runtime's Prometheus registry, scraped at GET /metrics */
  metrics: CharterMetrics;
  close: () => Promise<void>;
}>;

export async function startRuntime(
  config: AppConfig,
  options: { clock?: Clock; logger?: JsonLogger } = {},
): Promise<Runtime> {
  const logger = options.logger ?? new JsonLogger(config.logLevel);
  const charterDefaults = loadCharterDefaults(config.charterPolicyFile);
  const ledgerKey = loadLedgerKey(config.keys);
  const upcast = upcasterChain(UPCASTER_LIST, EVENT_RENAMES);
  let stopEmbedded: (() => Promise<void>) | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.entry({
      msg: 'starting embedded PostgreSQL',
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort ?? 'first free from 54320',
    });
    const embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      persistent: true,
      log: (line) => logger.entry({ level: 'debug', msg: line, context: 'postgres' }),
    });
    logger.entry({
      msg: `embedded PostgreSQL is on port ${embedded.port}`,
      port: embedded.port,
      ...(config.embeddedPort === undefined && embedded.port !== 54320
        ? { why: '54320 is taken; set EMBEDDED_PG_PORT to choose' }
        : {}),
    });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const dataSource = createDataSource(databaseUrl, { entities: ENTITIES, migrations: MIGRATIONS }, config.dbPoolSize);
  await dataSource.initialize();
  // one instance at a time: others starting together wait for it (docs/operations.md)
  const applied = await runMigrationsExclusively(dataSource);
  if (applied.length > 0) logger.entry({ msg: 'migrations applied', migrations: applied.map((m) => m.name) });

  const store: EventStore =
    config.eventStore === 'kurrentdb'
      ? await openKurrentDb(config)
      : new PostgresEventStore(createPool(databaseUrl, config.dbPoolSize), {
          maxEventBytes: config.maxEventBytes,
          pollIntervalMs: config.projectionPollMs,
        });

  const projections = new ProjectionService(
    [...projectionList(config), ledgerProjection(ledgerKey, config.ledgerBlockEvents)],
    store,
    dataSource,
    {
      batchSize: config.projectionBatchSize,
      pollMs: config.projectionPollMs,
      upcast,
      log: (entry) => logger.entry(entry as { msg: string }),
    },
  );

  const metrics = new CharterMetrics(projections);

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await projections.stop();
    await store.close();
    await dataSource.destroy();
    if (stopEmbedded) await stopEmbedded();
  };
  return {
    config,
    logger,
    clock: options.clock ?? systemClock,
    dataSource,
    store,
    projections,
    charterDefaults,
    ledgerKey,
    upcast,
    databaseUrl,
    metrics,
    close,
  };
}

/** Loaded only when selected: the KurrentDB client brings a native add-on the default set-up does not need. */
async function openKurrentDb(config: AppConfig): Promise<EventStore> {
  const { KurrentDbEventStore } = await import('../shared/event-store/kurrentdb/kurrentdb-event-store.js');
  return KurrentDbEventStore.fromConnectionString(config.kurrentConnectionString!, {
    maxEventBytes: config.maxEventBytes,
  });
}
