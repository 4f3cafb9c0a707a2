import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { CollegeEnrolment, SeatAllocationMethod } from './seat-allocation.js';
import type { ElectionRecord } from './congress.events.js';

/** What the handler found out about a student before deciding: the registry's current record. */
export type StudentFacts = Readonly<{
  studentId: string;
  enrolled: boolean;
  collegeId: string;
  officer: boolean;
  grade: string;
  clubs: readonly string[];
}>;

export type CongressPolicyFacts = Readonly<{
  quorum: Ratio;
  delegateShareMin: Ratio;
  delegateMinPerCollege: number;
  nonOfficerShareMin: Ratio;
  /** unset in policies written before the notice's rule was read literally: the default method */
  seatAllocation?: SeatAllocationMethod;
}>;

export type ConveneCongress = DomainCommand<
  'ConveneCongress',
  {
    congressId: string;
    organisationId: string;
    number: number;
    year: number;
    targetSeats: number;
    mainClubs: readonly string[];
    /** students enrolled per college union under the school union, from the registry */
    enrolment: readonly CollegeEnrolment[];
    /** the log position the enrolment was read at (null for an empty log) */
    enrolmentReadAt: string | null;
    policy: CongressPolicyFacts;
    /** Art. 8: a second congress in a year is extraordinary, and says why */
    extraordinary: boolean;
    extraordinaryReason: string | null;
    /** the union's congresses already convened in `year`, read after the congress overview reached the log's head */
    heldThisYear: readonly Readonly<{ congressId: string; extraordinary: boolean }>[];
    /** Art. 17: a college union's congress needs the college party organisation's approval and the school's reply */
    unionKind: 'school-union' | 'college-union';
  }
>;

/** The college union a college party organisation belongs to, and that union's school union, from their streams. */
export type PartyOrgFacts = Readonly<{ partyOrgId: string; collegeId: string; schoolUnionId: string }>;

/**
 * Art. 17: 召开前须经由学院党委批准. The college party organisation approves its college union's congress; `party` is
 * null when `partyOrgId` is not a college party organisation under a college union of a school union.
 */
export type ApproveCollegeCongress = DomainCommand<
  'ApproveCollegeCongress',
  { congressId: string; partyOrgId: string; party: PartyOrgFacts | null; reason: string }
>;

/** Art. 17: 校学生会批复. `organisationId`: the school union replying; it approves, or refuses with its reasons. */
export type ReplyToCollegeCongress = DomainCommand<
  'ReplyToCollegeCongress',
  { congressId: string; organisationId: string; approved: boolean; reasons: string }
>;

export type RecommendDelegate = DomainCommand<
  'RecommendDelegate',
  {
    congressId: string;
    collegeId: string;
    branchId: string;
    /** the college the branch belongs to, from the organisations module; null when the branch is unknown */
    branchCollegeId: string | null;
    student: StudentFacts | null;
    replaces?: string;
  }
>;

/** `collegeId`: the college union acting; it elects only its own college's delegates. */
export type ElectDelegate = DomainCommand<
  'ElectDelegate',
  { congressId: string; collegeId: string; studentId: string; elected: boolean; record: ElectionRecord }
>;
/** `organisationId`: the union acting; credentials are checked by the union that convened the congress. */
export type QualifyDelegate = DomainCommand<
  'QualifyDelegate',
  { congressId: string; organisationId: string; studentId: string }
>;
export type RejectDelegate = DomainCommand<
  'RejectDelegate',
  { congressId: string; organisationId: string; studentId: string; reason: string }
>;
/** Withdrawal is recorded by the delegate's college union or by the convening union. */
export type WithdrawDelegate = DomainCommand<
  'WithdrawDelegate',
  { congressId: string; organisationId: string; studentId: string; reason: string }
>;

export type CongressCommand =
  | ConveneCongress
  | ApproveCollegeCongress
  | ReplyToCollegeCongress
  | RecommendDelegate
  | ElectDelegate
  | QualifyDelegate
  | RejectDelegate
  | WithdrawDelegate;
