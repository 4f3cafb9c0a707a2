import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Person } from '../../elections/domain/person.js';

/**
 * After the count (domain.md "Presidium election"; charter Art. 8-9): the result is announced to the congress,
 * approved by the party committee at the same level, and filed with the higher federation.
 */

/** `elected` in 姓氏笔画 order, as the announcement reads it. */
export type ResultAnnounced = DomainEvent<
  'ResultAnnounced',
  {
    electionId: string;
    organisationId: string;
    congressId: string;
    sittingId: string | null;
    seats: number;
    elected: readonly Person[];
    announcedAt: string;
  }
>;
export type ResultApproved = DomainEvent<
  'ResultApproved',
  { electionId: string; partyCommitteeId: string; reference: string | null; approvedAt: string }
>;
export type ResultReturned = DomainEvent<
  'ResultReturned',
  { electionId: string; partyCommitteeId: string; reasons: readonly string[]; returnedAt: string }
>;
/** After a return, the union answers the reasons and puts the result before the party committee again. */
export type ResultResubmitted = DomainEvent<
  'ResultResubmitted',
  { electionId: string; response: string; resubmittedAt: string }
>;
/** `filedOn`: the date the federation received the filing (YYYY-MM-DD); `reference`: its filing number. */
export type ResultFiled = DomainEvent<
  'ResultFiled',
  { electionId: string; federationId: string; reference: string; filedOn: string; filedAt: string }
>;

export type ElectionResultEvent = ResultAnnounced | ResultApproved | ResultReturned | ResultResubmitted | ResultFiled;

export const ELECTION_RESULT_EVENT_TYPES = eventTypeList<ElectionResultEvent['type']>({
  ResultAnnounced: true,
  ResultApproved: true,
  ResultReturned: true,
  ResultResubmitted: true,
  ResultFiled: true,
});
