import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store/event-store.port.js';

/**
 * A read model kept in PostgreSQL. `apply` runs inside the transaction that also advances the checkpoint,
 * so a read model is never ahead of or behind its checkpoint. Projections never reject a fact: a throw
 * means a bug, and stops this projection at the event before.
 */
export type Projection = Readonly<{
  /** `<module>.<read-model>`, stable: it names the checkpoint */
  name: string;
  /** event types it reads ('all' for every event, as the audit ledger does); any other event only moves the checkpoint */
  handles: readonly string[] | 'all';
  /** tables it owns: emptied before a rebuild from zero */
  tables: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
  /**
   * Optional: applies a whole batch (the events it handles, in order) at once, for projections whose per-event
   * round trips dominate a rebuild. Must leave exactly what `apply` one event at a time would leave.
   */
  applyBatch?(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}>;

/** Nest injection token for the list of projections the app runs. */
export const PROJECTIONS = Symbol('PROJECTIONS');
