import type { Actor } from '../../shared/domain/decider.js';
import type { RecordedEvent } from '../../shared/event-store/event-store.port.js';
import { isConfidentialStream } from './entity-streams.js';
import { HistoryOutOfScope } from './history.errors.js';

/** Who reads history besides the read-only roles (which the guard adds to every GET) and admin. */
export const HISTORY_STAFF_ROLES = ['union-staff', 'college-union-staff'] as const;

/**
 * The organisation a reader's history is held to (null for every organisation), and whether confidential streams
 * (misconduct cases, Art. 21) are shown to them.
 */
export type HistoryScope = Readonly<{ organisationId: string | null; confidential: boolean }>;

/** Who reads confidential streams in history: the oversight roles (Art. 21: supervisors) and admin. */
const CONFIDENTIAL_READERS = ['supervisor', 'auditor', 'admin'];

/**
 * Issue 13 item 1: supervisors and auditors read every organisation's history (their grants are for '*'); an
 * organisation's staff read their own, the organisation their grant names. A read-only grant for one
 * organisation is held to it like staff.
 */
export function historyScopeOf(actor: Actor): HistoryScope {
  return {
    organisationId: actor.organisationId === '*' ? null : actor.organisationId,
    confidential: CONFIDENTIAL_READERS.includes(actor.role),
  };
}

/**
 * The organisations an event belongs to: the one its actor acted for (the event metadata's organisation, which
 * the guard sets to the organisation a route names) and those its data is about (`organisationId`, and a
 * college union's `collegeId`), so that a union's staff also see what an administrator did to their union, and a
 * college union's staff their own students' enrolment (the roster shows them the same students).
 */
export function organisationsOf(event: Pick<RecordedEvent, 'data' | 'metadata'>): string[] {
  const named = [event.metadata.actorOrganisationId, event.data.organisationId, event.data.collegeId];
  return [...new Set(named.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

export const belongsTo = (event: Pick<RecordedEvent, 'data' | 'metadata'>, organisationId: string) =>
  organisationsOf(event).includes(organisationId);

/**
 * The events a reader may see. Streams whose events all belong to other organisations are refused for staff
 * (HISTORY.OUT_OF_SCOPE), so that they are told rather than shown nothing.
 */
export function heldToScope<E extends Pick<RecordedEvent, 'stream' | 'data' | 'metadata'>>(
  all: readonly E[],
  scope: HistoryScope,
  what: string,
): readonly E[] {
  const events = scope.confidential ? all : all.filter((e) => !isConfidentialStream(e.stream));
  const organisationId = scope.organisationId;
  if (organisationId === null) return events;
  const inScope = events.filter((e) => belongsTo(e, organisationId));
  if (events.length > 0 && inScope.length === 0)
    throw new HistoryOutOfScope(`${what} holds no event of ${organisationId}`);
  return inScope;
}

/**
 * The organisation a query is held to: the one asked for, within the reader's scope. Staff asking for another
 * organisation's history are refused rather than shown an empty page, so the refusal is plain.
 */
export function organisationFilter(scope: HistoryScope, requested: string | undefined): string | undefined {
  if (scope.organisationId === null) return requested;
  if (requested !== undefined && requested !== scope.organisationId) {
    throw new HistoryOutOfScope(
      `staff of ${scope.organisationId} read the history of their own organisation only, not of ${requested}`,
      { field: 'organisationId' },
    );
  }
  return scope.organisationId;
}
