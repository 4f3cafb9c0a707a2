import { chainHash } from '../../../shared/audit/hash-chain.js';
import type { CommandContext } from '../../../shared/commands/command-context.js';
import { deterministicUuid } from '../../../shared/commands/deterministic-id.js';
import { SCHEMA_VERSION } from '../../../shared/commands/handle-command.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import { guardAppend } from '../../../shared/event-store/append-guards.js';
import { WrongExpectedVersionError } from '../../../shared/event-store/event-store.errors.js';
import type { EventStore, NewEvent, Position, Revision } from '../../../shared/event-store/event-store.port.js';
import { encodePgPosition } from '../../../shared/event-store/postgres/pg-position.js';
import type { Sql } from './ballot-box.store.js';

/**
 * The same hash chain and metadata the command pipeline writes (shared/commands/handle-command.ts), for the one
 * append that must share a database transaction with other writes: closing a round appends its events and empties
 * the sealed box together, so ballots are never both in the box and in the log, nor in neither.
 */
export function chainEvents(stream: string, revision: Revision | 'no_stream', headHash: string, decided: readonly DomainEvent[], context: CommandContext, now: string): NewEvent[] {
  let prevHash = headHash;
  let next = revision === 'no_stream' ? 0n : revision + 1n;
  return decided.map((event, index) => {
    const id = deterministicUuid(context.commandId, index);
    const metadata = {
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId,
      actorId: context.actor.id,
      actorRole: context.actor.role,
      actorOrganisationId: context.actor.organisationId,
      occurredAt: now,
      schemaVersion: SCHEMA_VERSION,
      ...(context.reason ? { reason: context.reason } : {}),
      prevHash,
      hash: '',
    };
    const data = event.data as Record<string, unknown>;
    const hash = chainHash(prevHash, { stream, revision: next, id, type: event.type, data, metadata });
    prevHash = hash;
    next++;
    return { id, type: event.type, data, metadata: { ...metadata, hash } };
  });
}

/**
 * Appends within the caller's transaction. On PostgreSQL this is es.append on the transaction's own connection, so
 * the events commit or roll back with the other writes. KurrentDB cannot join a PostgreSQL transaction: the events
 * are appended while the transaction is still open and it commits right after (docs/elections.md names the window).
 */
export async function appendWithin(tx: Sql, store: EventStore, stream: string, events: readonly NewEvent[], expected: Revision | 'no_stream', maxEventBytes: number) {
  if (store.kind !== 'postgres') {
    const result = await store.appendToStream(stream, events, { expected });
    return { revision: result.nextExpectedRevision, position: result.position };
  }
  guardAppend(stream, events, maxEventBytes);
  const [kind, rev] = typeof expected === 'bigint' ? ['revision', expected.toString()] : [expected, null];
  try {
    const rows = (await tx.query('SELECT next_revision, tx_id, last_seq FROM es.append($1, $2, $3, $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])', [
      stream, kind, rev, events.map((e) => e.id), events.map((e) => e.type), events.map((e) => JSON.stringify(e.data)), events.map((e) => JSON.stringify(e.metadata)),
    ])) as Array<{ next_revision: string; tx_id: string; last_seq: string }>;
    const row = rows[0]!;
    return { revision: BigInt(row.next_revision), position: encodePgPosition(row.tx_id, row.last_seq) as Position };
  } catch (error) {
    const { code, detail } = (error as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } }).driverError ?? (error as { code?: string; detail?: string });
    if (code !== 'ES409') throw error;
    throw new WrongExpectedVersionError(stream, expected, detail && detail !== 'no_stream' ? BigInt(detail) : 'no_stream');
  }
}
