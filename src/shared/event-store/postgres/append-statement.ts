import { WrongExpectedVersionError } from '../event-store.errors.js';
import type { AppendAnswer, AppendResult, ExpectedState, NewEvent } from '../event-store.port.js';
import { encodePgPosition } from './pg-position.js';
import { postgresError } from '../../database/postgres-error.js';

/** One append is this one statement (migration 1732400000000): the adapter and in-transaction appends share it. */
export const APPEND_SQL =
  'SELECT next_revision, tx_id, last_seq FROM es.append($1, $2, $3, $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])';

export type AppendRow = { next_revision: string; tx_id: string; last_seq: string; answered?: boolean };

/**
 * The append that also answers the request's idempotency record ($8 actor, $9 key, $10 status, $11 body), in the
 * same statement and so the same transaction. The position is written as encodePgPosition writes it; a spec
 * checks the two agree.
 */
export const ANSWERED_APPEND_SQL = `WITH appended AS (${APPEND_SQL}),
  answered AS (
    UPDATE http_idempotency SET status_code = $10,
           response = $11::jsonb || jsonb_build_object('streamRevision', a.next_revision::text,
                                                       'position', 'pg:' || a.tx_id::text || ':' || a.last_seq::text)
      FROM appended a
     WHERE actor_id = $8 AND key = $9 AND status_code IS NULL
    RETURNING 1
  )
  SELECT next_revision, tx_id, last_seq, EXISTS (SELECT 1 FROM answered) AS answered FROM appended`;

export function answerParams(answer: AppendAnswer): unknown[] {
  return [answer.actorId, answer.key, answer.statusCode, JSON.stringify(answer.body)];
}

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
  return {
    nextExpectedRevision: BigInt(row.next_revision),
    position: encodePgPosition(row.tx_id, row.last_seq),
    ...(row.answered ? { answered: true } : {}),
  };
}

/** The conflict es.append raised (SQLSTATE ES409, the actual revision in DETAIL), or undefined for any other error. */
export function conflictFrom(
  error: unknown,
  stream: string,
  expected: ExpectedState,
): WrongExpectedVersionError | undefined {
  const { code, detail } = postgresError(error);
  if (code !== 'ES409') return undefined;
  return new WrongExpectedVersionError(
    stream,
    expected,
    detail && detail !== 'no_stream' ? BigInt(detail) : 'no_stream',
  );
}
