import { chainHash } from '../audit/hash-chain.js';
import type { DomainEvent } from '../domain/decider.js';
import type { NewEvent, Revision } from '../event-store/event-store.port.js';
import type { CommandContext } from './command-context.js';
import { deterministicUuid } from './deterministic-id.js';

export const SCHEMA_VERSION = '1';

/**
 * Turns decided events into the events the store keeps: ids derived from the command (a retried command proposes
 * the same ids), the metadata every event carries (who, why, when, which version), and the stream's hash chain.
 */
export function chainEvents(
  stream: string,
  revision: Revision | 'no_stream',
  headHash: string,
  decided: readonly DomainEvent[],
  context: CommandContext,
  occurredAt: string,
): NewEvent[] {
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
      occurredAt,
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
