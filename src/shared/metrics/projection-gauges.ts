import { Gauge, type Registry } from 'prom-client';
import type { ProjectionStatus } from '../projections/projection-status.js';

type StatusSource = { status(): Promise<readonly ProjectionStatus[]> };

/**
 * Gauges read from ProjectionService.status() when Prometheus scrapes, not kept up to date by the runners: the
 * checkpoints in the database are the truth, whichever process advanced them. One status read serves all three.
 */
export function registerProjectionGauges(registry: Registry, source: StatusSource): void {
  const statuses = sharedWhileInFlight(() => source.status());
  const gauge = (name: string, help: string, value: (status: ProjectionStatus) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['projection'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        // Database down: no samples rather than a failed scrape, so the process and HTTP metrics still arrive.
        for (const status of await statuses().catch(() => [])) this.set({ projection: status.name }, value(status));
      },
    });
  gauge(
    'charter_projection_lag_events',
    "Events in the log after the projection's checkpoint (counted up to 10000)",
    (s) => s.lag,
  );
  gauge('charter_projection_faulted', '1 when the projection stopped on an event it could not apply', (s) =>
    s.status === 'faulted' ? 1 : 0,
  );
  gauge(
    'charter_projection_rebuild_progress',
    'Share of the log the projection has applied since its last rebuild (eventsApplied / (eventsApplied + lag)); 1 when caught up',
    (s) => (s.lag === 0 ? 1 : s.eventsApplied / (s.eventsApplied + s.lag)),
  );
}

/** Callers arriving while a read is under way share it; the next caller after it settles starts a fresh one. */
function sharedWhileInFlight<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
