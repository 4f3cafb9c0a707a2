import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { Person, SealedBallot } from './counting.js';

/** A candidate from the list the party committee confirmed (step 4 of the pipeline, a separate aggregate). */
export type ConfirmedCandidate = Person & Readonly<{ confirmedByPartyCommittee: boolean }>;

/** The candidate list as the nominations room tells it: who holds it, whether the party committee confirmed it. */
export type CandidateListFact = Readonly<{
  status: 'NotOpened' | 'Open' | 'Confirmed';
  /** the union holding the election; null before the list was opened */
  organisationId: string | null;
  /** the congress that elects; null before the list was opened */
  congressId: string | null;
}>;

/** `seats` is the organisation's presidium cap from its charter policy (Art. 14, 17). */
export type SetUpElection = DomainCommand<
  'SetUpElection',
  {
    electionId: string;
    organisationId: string;
    candidateList: CandidateListFact;
    seats: number;
    candidates: readonly ConfirmedCandidate[];
  }
>;

/** `organisationId`: the union whose secretariat acts; only the holder of the election may. */
export type AppointScrutineer = DomainCommand<
  'AppointScrutineer',
  { electionId: string; organisationId: string; personId: string; name: string }
>;
export type AppointTeller = DomainCommand<
  'AppointTeller',
  { electionId: string; organisationId: string; personId: string; name: string }
>;

/** The sitting a round is opened at, from the congress's sitting stream. */
export type SittingFact = Readonly<{ sittingId: string; congressId: string | null; inSession: boolean }>;

/** Facts from the congress: delegates elected, the ids of those present with a vote, and the quorum policy (Art. 8). */
export type OpenRound = DomainCommand<
  'OpenRound',
  {
    electionId: string;
    organisationId: string;
    sitting: SittingFact;
    electedDelegates: number;
    presentDelegateIds: readonly string[];
    quorum: Ratio;
  }
>;

/**
 * How the roll learns of a ballot: by a teller at the table (paper, the teller is the actor; a delegate who holds an
 * electronic credential gets no paper ballot), or by the delegate's credential (collection, or its use at the close).
 */
export type BallotMedium =
  Readonly<{ kind: 'paper'; delegateHoldsCredential: boolean }> | Readonly<{ kind: 'credential' }>;

export type IssueBallot = DomainCommand<
  'IssueBallot',
  { electionId: string; roundNumber: number; delegateId: string; medium: BallotMedium }
>;
export type ReturnBallot = DomainCommand<
  'ReturnBallot',
  { electionId: string; roundNumber: number; delegateId: string; medium: BallotMedium }
>;

/**
 * The sealed box, emptied at close as one batch the application has shuffled; no ballot names its voter.
 * `eligibleWriteIns`: the persons a write-in may name (facts from the membership records).
 */
export type CloseRound = DomainCommand<
  'CloseRound',
  { electionId: string; roundNumber: number; ballots: readonly SealedBallot[]; eligibleWriteIns: readonly Person[] }
>;

/** The congress resolves not to fill the remaining seats (domain.md: "that too is a recorded decision"). */
export type ReduceSeats = DomainCommand<'ReduceSeats', { electionId: string; organisationId: string; reason: string }>;

export type ElectionCommand =
  SetUpElection | AppointScrutineer | AppointTeller | OpenRound | IssueBallot | ReturnBallot | CloseRound | ReduceSeats;
