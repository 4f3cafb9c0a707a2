import { Counter, Histogram, Registry } from 'prom-client';
import type { ProjectionStatus } from '../projections/projection-status.js';
import { registerProjectionGauges } from './projection-gauges.js';

/** How a command ended: its events appended (or none needed), refused by its decider, beaten by other writers, or broken. */
export type CommandOutcome = 'ok' | 'rejected' | 'conflict' | 'error';

/**
 * One runtime's Prometheus metrics, in a registry of its own rather than prom-client's global one: the tests
 * start many runtimes in one process, and each must count only its own commands and requests.
 */
export class CharterMetrics {
  readonly registry = new Registry();

  readonly commandDuration = new Histogram({
    name: 'charter_command_duration_seconds',
    help: 'Time from loading the aggregate to the append (retries included), by command type and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'charter_append_conflicts_total',
    help: 'Appends refused because another command changed the stream first, by command type',
    labelNames: ['command'] as const,
    registers: [this.registry],
  });

  readonly commandRetries = new Counter({
    name: 'charter_command_retries_total',
    help: 'Commands decided again on the new state after an append conflict, by command type',
    labelNames: ['command'] as const,
    registers: [this.registry],
  });

  readonly httpRequestDuration = new Histogram({
    name: 'charter_http_request_duration_seconds',
    help: 'HTTP response time by method, route pattern (never the raw URL) and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  constructor(projections: { status(): Promise<readonly ProjectionStatus[]> }) {
    registerProjectionGauges(this.registry, projections);
  }

  /** The exposition text of every metric, projections read at this moment. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
