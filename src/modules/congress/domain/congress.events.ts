import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { SeatAllocation } from './seat-allocation.js';

export type CongressConvened = DomainEvent<
  'CongressConvened',
  {
    congressId: string;
    organisationId: string;
    /** 届次: the first congress is 1 */
    number: number;
    year: number;
    targetSeats: number;
    allocation: SeatAllocation;
    /**
     * The log position the colleges' enrolment was read at: the allocation counts every student enrolled up to it.
     * Absent from congresses convened before it was recorded.
     */
    enrolmentReadAt?: string | null;
    quorum: Ratio;
    nonOfficerShareMin: Ratio;
    mainClubs: string[];
    /**
     * Art. 8: a congress meets once a year; a second one that year is an extraordinary congress, with its reason.
     * Absent from congresses convened before it was recorded (ordinary).
     */
    extraordinary?: boolean;
    extraordinaryReason?: string | null;
    convenedAt: string;
  }
>;

/**
 * Art. 17: the college party organisation approved the college union's congress (学院党委批准). Each approval opens
 * a request (`request`: 1, 2, ...) that the school union answers.
 */
export type CollegeCongressPartyApproved = DomainEvent<
  'CollegeCongressPartyApproved',
  {
    congressId: string;
    /** the college union whose congress it is */
    organisationId: string;
    schoolUnionId: string;
    partyOrgId: string;
    request: number;
    reason: string;
    approvedAt: string;
  }
>;
/** Art. 17: the school union's reply (校学生会批复) approved the request. */
export type CollegeCongressSchoolApproved = DomainEvent<
  'CollegeCongressSchoolApproved',
  {
    congressId: string;
    organisationId: string;
    schoolUnionId: string;
    request: number;
    reasons: string | null;
    approvedAt: string;
  }
>;
/** Art. 17: the school union's reply refused the request; the congress waits for a new, approved request. */
export type CollegeCongressSchoolRefused = DomainEvent<
  'CollegeCongressSchoolRefused',
  {
    congressId: string;
    organisationId: string;
    schoolUnionId: string;
    request: number;
    reasons: string;
    refusedAt: string;
  }
>;

export type DelegateRecommended = DomainEvent<
  'DelegateRecommended',
  {
    congressId: string;
    studentId: string;
    collegeId: string;
    /** the class league branch that recommends */
    branchId: string;
    officer: boolean;
    grade: string;
    clubs: string[];
    replaces: string | null;
    recommendedAt: string;
  }
>;

export type ElectionRecord =
  | { method: 'vote'; votesFor: number; votesAgainst: number; abstentions: number }
  | { method: 'decision'; reference: string };

export type DelegateElected = DomainEvent<
  'DelegateElected',
  { congressId: string; studentId: string; collegeId: string; record: ElectionRecord; electedAt: string }
>;
export type DelegateNotElected = DomainEvent<
  'DelegateNotElected',
  { congressId: string; studentId: string; collegeId: string; record: ElectionRecord; decidedAt: string }
>;
export type DelegateQualified = DomainEvent<
  'DelegateQualified',
  { congressId: string; studentId: string; collegeId: string; qualifiedAt: string }
>;
export type DelegateRejected = DomainEvent<
  'DelegateRejected',
  { congressId: string; studentId: string; collegeId: string; reason: string; rejectedAt: string }
>;
export type DelegateWithdrawn = DomainEvent<
  'DelegateWithdrawn',
  { congressId: string; studentId: string; collegeId: string; reason: string; withdrawnAt: string }
>;

export type CongressEvent =
  | CongressConvened
  | CollegeCongressPartyApproved
  | CollegeCongressSchoolApproved
  | CollegeCongressSchoolRefused
  | DelegateRecommended
  | DelegateElected
  | DelegateNotElected
  | DelegateQualified
  | DelegateRejected
  | DelegateWithdrawn;

export const CONGRESS_EVENT_TYPES = eventTypeList<CongressEvent['type']>({
  CongressConvened: true,
  CollegeCongressPartyApproved: true,
  CollegeCongressSchoolApproved: true,
  CollegeCongressSchoolRefused: true,
  DelegateRecommended: true,
  DelegateElected: true,
  DelegateNotElected: true,
  DelegateQualified: true,
  DelegateRejected: true,
  DelegateWithdrawn: true,
});
