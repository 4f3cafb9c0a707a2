import { guardAppend } from '../../../shared/event-store/append-guards.js';
import type { EventStore, NewEvent, Revision } from '../../../shared/event-store/event-store.port.js';
import {
  APPEND_SQL,
  type AppendRow,
  appendParams,
  appendResult,
  conflictFrom,
} from '../../../shared/event-store/postgres/append-statement.js';
import type { Sql } from './ballot-box.store.js';

/**
 * Appends within the caller's transaction. On PostgreSQL this is es.append on the transaction's own connection, so
 * the events commit or roll back with the other writes. KurrentDB cannot join a PostgreSQL transaction: the events
 * are appended while the transaction is still open and it commits right after (docs/elections.md names the window).
 */
export async function appendWithin(
  tx: Sql,
  store: EventStore,
  stream: string,
  events: readonly NewEvent[],
  expected: Revision | 'no_stream',
  maxEventBytes: number,
) {
  if (store.kind !== 'postgres') {
    const result = await store.appendToStream(stream, events, { expected });
    return { revision: result.nextExpectedRevision, position: result.position };
  }
  guardAppend(stream, events, maxEventBytes);
  try {
    const rows = (await tx.query(APPEND_SQL, appendParams(stream, events, expected))) as AppendRow[];
    const result = appendResult(rows[0]!);
    return { revision: result.nextExpectedRevision, position: result.position };
  } catch (error) {
    throw conflictFrom(error, stream, expected) ?? error;
  }
}
