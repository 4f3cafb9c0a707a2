import type { CheckpointRow } from './checkpoint-store.js';

export type ProjectionStatus = Readonly<{
  name: string;
  status: 'running' | 'faulted';
  position: string | null;
  eventsApplied: number;
  /** events in the log after the checkpoint: 0 means caught up */
  lag: number;
  failedEventId: string | null;
  error: string | null;
  rebuiltAt: string | null;
}>;

export function toStatus(checkpoint: CheckpointRow, lag: number): ProjectionStatus {
  return {
    name: checkpoint.name,
    status: checkpoint.status,
    position: checkpoint.position,
    eventsApplied: checkpoint.eventsApplied,
    lag,
    failedEventId: checkpoint.failedEventId,
    error: checkpoint.error,
    rebuiltAt: checkpoint.rebuiltAt?.toISOString() ?? null,
  };
}
