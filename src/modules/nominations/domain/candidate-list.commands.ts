import type { ActingBodyFact } from '../../elections/domain/acting-body.js';
import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { ElectedOffice, EligibilityRuleCheck } from './candidate-list.events.js';

/**
 * Facts from other modules come in the command (architecture.md "Write side"): the handler reads them from the
 * organisation and student streams and the registry, the decider only judges them.
 */

/**
 * `isSchoolUnion`: the organisation opening nominations is a registered school union. `seats`: the federation's
 * allotment, required for federation delegates; the presidium's seats are the union's policy.
 */
export type OpenNominations = DomainCommand<
  'OpenNominations',
  {
    electionId: string;
    organisationId: string;
    congressId: string;
    isSchoolUnion: boolean;
    office: ElectedOffice;
    seats: number | null;
  }
>;

export type RecommendCandidate = DomainCommand<
  'RecommendCandidate',
  {
    electionId: string;
    studentId: string;
    resume: string;
    leagueOrgId: string;
    /** the college union the recommending league organisation belongs to; null when it is not a college league organisation */
    leagueCollegeId: string | null;
    /** the student as the registry has them; null when no such student */
    student: Readonly<{ enrolled: boolean; collegeId: string; name: string | null }> | null;
  }
>;

export type DecidePartyConsent = DomainCommand<
  'DecidePartyConsent',
  {
    electionId: string;
    studentId: string;
    partyOrgId: string;
    /** the college union the party organisation belongs to; null when it is not a college party organisation */
    partyCollegeId: string | null;
    consent: boolean;
    reason: string;
  }
>;

/**
 * The reviewer is the actor's role (student affairs or the Youth League committee); `reviewerOrgId` is the body the
 * route names and `bodyKind` its registered kind, which must be that role.
 */
export type CheckEligibility = DomainCommand<
  'CheckEligibility',
  {
    electionId: string;
    reviewerOrgId: string;
    studentId: string;
    eligibility: Readonly<{ eligible: boolean; checks: readonly EligibilityRuleCheck[] }>;
  } & ActingBodyFact
>;

export type SignOffInterview = DomainCommand<
  'SignOffInterview',
  {
    electionId: string;
    reviewerOrgId: string;
    studentId: string;
    approved: boolean;
    notes: string;
    reason: string;
  } & ActingBodyFact
>;

/** `seats`: the school union's presidium seats (policy, Art. 14); the list must be competitive against them. */
export type ConfirmCandidateList = DomainCommand<
  'ConfirmCandidateList',
  {
    electionId: string;
    partyCommitteeId: string;
    seats: number;
    excluded: readonly Readonly<{ studentId: string; reason: string }>[];
  } & ActingBodyFact
>;

export type CandidateListCommand =
  | OpenNominations
  | RecommendCandidate
  | DecidePartyConsent
  | CheckEligibility
  | SignOffInterview
  | ConfirmCandidateList;
