import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ProjectionStatus } from '../shared/projections/projection-status.js';

/**
 * The bodies of /health and its probes, for the OpenAPI document: the controller's Health and Readiness types, as
 * classes (they cannot `implements` them: the controller imports this file).
 */

export class EventStoreHealthResponse {
  @ApiProperty({ example: 'postgres', description: 'which event store the app runs on' }) kind: string;
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
}

export class ProjectionStatusResponse implements ProjectionStatus {
  @ApiProperty({ example: 'organisation-directory' }) name: string;
  @ApiProperty({ enum: ['running', 'faulted'] }) status: 'running' | 'faulted';
  @ApiProperty({ type: String, nullable: true, example: 'pg:1042:0', description: 'the checkpoint' }) position:
    string | null;
  @ApiProperty({ example: 1042 }) eventsApplied: number;
  @ApiProperty({
    example: 0,
    description: 'events in the log after the checkpoint (counted up to 10000): 0 means caught up',
  })
  lag: number;
  @ApiProperty({ type: String, nullable: true }) failedEventId: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rebuiltAt: string | null;
}

@ApiExtraModels(ProjectionStatusResponse)
export class HealthResponse {
  @ApiProperty({
    enum: ['up', 'degraded', 'down'],
    description: 'degraded when a projection is faulted; down (503) when the database or event store is',
  })
  status: 'up' | 'degraded' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty({ type: EventStoreHealthResponse }) eventStore: EventStoreHealthResponse;
  @ApiProperty({
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(ProjectionStatusResponse) } },
      { type: 'string', enum: ['unknown'] },
    ],
    description: "each projection's status and lag; 'unknown' when the database cannot tell",
  })
  projections: ProjectionStatusResponse[] | 'unknown';
}

export class LivenessResponse {
  @ApiProperty({ enum: ['up'] }) status: 'up';
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ready', 'not-ready'] }) status: 'ready' | 'not-ready';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty({ type: EventStoreHealthResponse }) eventStore: EventStoreHealthResponse;
  @ApiProperty({ type: [String], description: 'projections stopped on an event they could not apply' })
  faultedProjections: string[];
}
