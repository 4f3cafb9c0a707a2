import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';

/** The count behind every quorum decision, so the minutes show the arithmetic. */
export type QuorumCount = Readonly<{ present: number; elected: number; required: number }>;

export type SittingOpened = DomainEvent<
  'SittingOpened',
  {
    sittingId: string;
    congressId: string;
    /** the union that convened the congress: only its staff run the sitting */
    organisationId: string;
    title: string;
    /** the delegates whose credentials were qualified when the sitting opened */
    roll: string[];
    quorum: Ratio;
    required: number;
    openedAt: string;
  }
>;
export type DelegateCheckedIn = DomainEvent<
  'DelegateCheckedIn',
  { sittingId: string; delegateId: string; present: number; at: string }
>;
export type DelegateCheckedOut = DomainEvent<
  'DelegateCheckedOut',
  { sittingId: string; delegateId: string; present: number; at: string }
>;
export type QuorumReached = DomainEvent<'QuorumReached', { sittingId: string; count: QuorumCount; at: string }>;
export type QuorumLost = DomainEvent<'QuorumLost', { sittingId: string; count: QuorumCount; at: string }>;
export type BusinessOpened = DomainEvent<'BusinessOpened', { sittingId: string; count: QuorumCount; at: string }>;
/** Art. 8: a failed attempt to open without quorum is minuted, not merely refused. */
export type SittingQuorumNotReached = DomainEvent<
  'SittingQuorumNotReached',
  { sittingId: string; count: QuorumCount; at: string }
>;
export type SittingClosed = DomainEvent<'SittingClosed', { sittingId: string; present: number; at: string }>;

export type SittingEvent =
  | SittingOpened
  | DelegateCheckedIn
  | DelegateCheckedOut
  | QuorumReached
  | QuorumLost
  | BusinessOpened
  | SittingQuorumNotReached
  | SittingClosed;

export const SITTING_EVENT_TYPES = eventTypeList<SittingEvent['type']>({
  SittingOpened: true,
  DelegateCheckedIn: true,
  DelegateCheckedOut: true,
  QuorumReached: true,
  QuorumLost: true,
  BusinessOpened: true,
  SittingQuorumNotReached: true,
  SittingClosed: true,
});

/**
 * Sittings stored `SittingQuorumNotReached` as `QuorumNotReached` until elections used the same name for a round
 * that could not open: read under the new name (the log keeps the old one, it is hash-chained).
 */
export const SITTING_EVENT_RENAMES = [
  { streamPrefix: 'sitting-', from: 'QuorumNotReached', to: 'SittingQuorumNotReached' },
] as const;
