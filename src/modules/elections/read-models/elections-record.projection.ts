import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../shared/projections/projection.js';
import { approvalQueuePart } from './approval-queue/approval-queue.projection.js';
import { candidatesPart } from './candidates/candidates.projection.js';
import { resultsPart } from './results/results.projection.js';
import { turnoutPart } from './turnout/turnout.projection.js';

export const ELECTIONS_RECORD = 'elections.record';

const PARTS = [candidatesPart, resultsPart, turnoutPart, approvalQueuePart];

/**
 * The module's four read models (candidates, results and rounds, turnout, approval queue) kept by one projection:
 * one runner, one checkpoint, one lock connection. Each projection runner holds a database connection for its
 * advisory lock while it runs, so four runners would take four connections from the pool for one module.
 */
export const electionsRecordProjection: Projection = {
  name: ELECTIONS_RECORD,
  handles: [...new Set(PARTS.flatMap((p) => p.handles))],
  tables: PARTS.flatMap((p) => p.tables),

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    for (const part of PARTS) if (part.handles.includes(event.type)) await part.apply(event, manager);
  },
};
