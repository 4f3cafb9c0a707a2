import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../shared/auth/allow.decorator.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { QueryOperation } from '../shared/http/openapi/operations.decorator.js';
import { readAllCheckpoints } from '../shared/projections/checkpoint-store.js';
import { ProjectionService } from '../shared/projections/projection-service.js';
import type { ProjectionStatus } from '../shared/projections/projection-status.js';
import { HealthResponse, LivenessResponse, ReadinessResponse } from './health.responses.js';

type Reply = { status(code: number): Reply };

export type Health = {
  status: 'up' | 'degraded' | 'down';
  database: 'up' | 'down';
  eventStore: { kind: string; status: 'up' | 'down' };
  projections: ProjectionStatus[] | 'unknown';
};

/** Terminus-style readiness: may this instance take traffic now? */
export type Readiness = {
  status: 'ready' | 'not-ready';
  database: 'up' | 'down';
  eventStore: { kind: string; status: 'up' | 'down' };
  faultedProjections: string[];
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionService,
  ) {}

  @Get()
  @Public()
  @QueryOperation({
    response: HealthResponse,
    isPublic: true,
    usesDatabase: false,
    summary: 'Database, event store and each projection (status and lag); 503 when a part is down',
  })
  @ApiResponse({
    status: 503,
    description: 'the database or the event store is down: the same body, saying which',
    content: { 'application/json': { schema: { $ref: getSchemaPath(HealthResponse) } } },
  })
  async health(@Res({ passthrough: true }) reply: Reply): Promise<Health> {
    const database = await this.db.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const eventStore = (await this.store.ping()) ? ('up' as const) : ('down' as const);
    const projections = database === 'up' ? await this.projections.status().catch(() => 'unknown' as const) : 'unknown';
    const faulted = Array.isArray(projections) && projections.some((p) => p.status === 'faulted');
    const status = database === 'down' || eventStore === 'down' ? 'down' : faulted ? 'degraded' : 'up';
    reply.status(status === 'down' ? 503 : 200);
    return { status, database, eventStore: { kind: this.store.kind, status: eventStore }, projections };
  }

  @Get('live')
  @Public()
  @QueryOperation({
    response: LivenessResponse,
    isPublic: true,
    usesDatabase: false,
    summary: 'Liveness: the process answers (always 200; touches no database)',
  })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('ready')
  @Public()
  @QueryOperation({
    response: ReadinessResponse,
    isPublic: true,
    usesDatabase: false,
    summary: 'Readiness: 200 when the database and event store answer and no projection is faulted, else 503',
  })
  @ApiResponse({
    status: 503,
    description: 'not ready: the same body, saying why',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ReadinessResponse) } } },
  })
  async ready(@Res({ passthrough: true }) reply: Reply): Promise<Readiness> {
    const database = await this.db.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const eventStore = (await this.store.ping()) ? ('up' as const) : ('down' as const);
    // Checkpoints only, not status(): a probe every few seconds should not count every projection's lag.
    const names = new Set(this.projections.names());
    const checkpoints = database === 'up' ? await readAllCheckpoints(this.db).catch(() => undefined) : undefined;
    const faultedProjections = (checkpoints ?? [])
      .filter((c) => names.has(c.name) && c.status === 'faulted')
      .map((c) => c.name);
    const ready = checkpoints !== undefined && eventStore === 'up' && faultedProjections.length === 0;
    reply.status(ready ? 200 : 503);
    return {
      status: ready ? 'ready' : 'not-ready',
      database,
      eventStore: { kind: this.store.kind, status: eventStore },
      faultedProjections,
    };
  }
}
