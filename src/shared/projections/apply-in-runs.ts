import type { RecordedEvent } from '../event-store/event-store.port.js';

/**
 * Splits a batch into runs of the events a projection applies set-based (`inRun`) and the others, in log order,
 * and hands each run and each other event on in that order: a read model can write a run of check-ins in one
 * statement and still see every other event between them exactly where the log has it (issue 15).
 */
export async function applyInRuns(
  events: readonly RecordedEvent[],
  inRun: (event: RecordedEvent) => boolean,
  applyRun: (run: readonly RecordedEvent[]) => Promise<void>,
  applyOne: (event: RecordedEvent) => Promise<void>,
): Promise<void> {
  let run: RecordedEvent[] = [];
  for (const event of events) {
    if (inRun(event)) {
      run.push(event);
      continue;
    }
    if (run.length > 0) await applyRun(run);
    run = [];
    await applyOne(event);
  }
  if (run.length > 0) await applyRun(run);
}
