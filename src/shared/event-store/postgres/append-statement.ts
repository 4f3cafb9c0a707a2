import { WrongExpectedVersionError } from '../event-store.errors.js';
import type { AppendResult, ExpectedState, NewEvent } from '../event-store.port.js';
import { encodePgPosition } from './pg-position.js';

/** One append is this one statement (migration 1732400000000): the adapter and in-transaction appends share it. */
export const APPEND_SQL =
  'SELECT next_revision, tx_id, last_seq FROM es.append($1, $2, $3, $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])';

export type AppendRow = { next_revision: string; tx_id: string; last_seq: string };

export function appendParams(stream: string, events: readonly NewEvent[], expected: ExpectedState): unknown[] {
  const [kind, revision] = typeof expected === 'bigint' ? ['revision', expected.toString()] : [expected, null];
  return [
    stream,
    kind,
    revision,
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ];
}

export function appendResult(row: AppendRow): AppendResult {
  return { nextExpectedRevision: BigInt(row.next_revision), position: encodePgPosition(row.tx_id, row.last_seq) };
}

/** The conflict es.append raised (SQLSTATE ES409, the actual revision in DETAIL), or undefined for any other error. */
export function conflictFrom(
  error: unknown,
  stream: string,
  expected: ExpectedState,
): WrongExpectedVersionError | undefined {
  const e = error as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } };
  const { code, detail } = e.driverError ?? e;
  if (code !== 'ES409') return undefined;
  return new WrongExpectedVersionError(
    stream,
    expected,
    detail && detail !== 'no_stream' ? BigInt(detail) : 'no_stream',
  );
}
