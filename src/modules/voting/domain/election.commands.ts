import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { Person, SealedBallot } from './counting.js';

/** A candidate from the list the party committee confirmed (step 4 of the pipeline, a separate aggregate). */
export type ConfirmedCandidate = Person & Readonly<{ confirmedByPartyCommittee: boolean }>;

/** `seats` is the organisation's presidium cap from its charter policy (Art. 14, 17). */
export type SetUpElection = DomainCommand<
  'SetUpElection',
  {
    electionId: string;
    organisationId: string;
    congressId: string;
    seats: number;
    candidates: readonly ConfirmedCandidate[];
  }
>;

export type AppointScrutineer = DomainCommand<
  'AppointScrutineer',
  { electionId: string; personId: string; name: string }
>;
export type AppointTeller = DomainCommand<'AppointTeller', { electionId: string; personId: string; name: string }>;

/** Facts from the congress: delegates elected, the ids of those present with a vote, and the quorum policy (Art. 8). */
export type OpenRound = DomainCommand<
  'OpenRound',
  { electionId: string; electedDelegates: number; presentDelegateIds: readonly string[]; quorum: Ratio }
>;

export type IssueBallot = DomainCommand<'IssueBallot', { electionId: string; roundNumber: number; delegateId: string }>;
export type ReturnBallot = DomainCommand<
  'ReturnBallot',
  { electionId: string; roundNumber: number; delegateId: string }
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
export type ReduceSeats = DomainCommand<'ReduceSeats', { electionId: string; reason: string }>;

export type ElectionCommand =
  SetUpElection | AppointScrutineer | AppointTeller | OpenRound | IssueBallot | ReturnBallot | CloseRound | ReduceSeats;
