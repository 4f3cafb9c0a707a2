import { StreamNotFoundError } from '../../shared/event-store/event-store.errors.js';
import type { EventStore } from '../../shared/event-store/event-store.port.js';

/** One stream of an election as the log holds it: what the filing packet tells and whose chain head it cites. */
export type StreamRecord = Readonly<{
  stream: string;
  events: ReadonlyArray<Readonly<{ type: string; data: object }>>;
}>;

/** The stream's events in order; none when the stream was never written (a step not reached yet). */
export async function readStreamRecord(store: EventStore, stream: string): Promise<StreamRecord> {
  const events: Array<{ type: string; data: object }> = [];
  try {
    for await (const e of store.readStream(stream)) events.push({ type: e.type, data: e.data });
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { stream, events };
}
