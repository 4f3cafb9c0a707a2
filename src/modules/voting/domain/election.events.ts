import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { CountedBallot, Person, Standing, Tally } from './counting.js';

/**
 * first: every candidate for every seat; runoff: a new ballot among candidates tied at the cut-off;
 * further: 另行选举, a further round for seats left unfilled (domain.md "Presidium election").
 */
export type RoundKind = 'first' | 'runoff' | 'further';

/** The counts behind a void (CYL rules: ballots collected may not exceed ballots issued). */
export type VoidReason = 'ReturnedExceedIssued' | 'BallotsExceedIssued' | 'BallotsExceedReturned';

/** How a round's result was reached: the base, the threshold and every person's 'for' votes. */
export type RoundArithmetic = Readonly<{ presentWithVote: number; threshold: number; standings: readonly Standing[] }>;

export type ElectionRule = 'MoreThanHalfOfPresent' | 'MoreThanHalfOfPresentThenHighestCounts';

/** `candidates` in 姓氏笔画 order, as the ballot prints them. */
export type ElectionSetUp = DomainEvent<
  'ElectionSetUp',
  {
    electionId: string;
    organisationId: string;
    congressId: string;
    seats: number;
    candidates: readonly Person[];
    setUpAt: string;
  }
>;

export type ScrutineerAppointed = DomainEvent<
  'ScrutineerAppointed',
  { electionId: string; personId: string; name: string; appointedAt: string }
>;
export type TellerAppointed = DomainEvent<
  'TellerAppointed',
  { electionId: string; personId: string; name: string; appointedAt: string }
>;

export type QuorumNotReached = DomainEvent<
  'QuorumNotReached',
  {
    electionId: string;
    electedDelegates: number;
    present: number;
    quorum: Ratio;
    requiredPresent: number;
    checkedAt: string;
  }
>;

/**
 * `roll`: the delegates present with a vote, frozen for the round, sorted (arrival order is not kept).
 * `unorderedCharacters`: characters of write-in names the stroke table lacks, placed last (only a write-in who tied can bring them onto a ballot).
 */
export type RoundOpened = DomainEvent<
  'RoundOpened',
  {
    electionId: string;
    roundNumber: number;
    kind: RoundKind;
    seats: number;
    candidates: readonly Person[];
    unorderedCharacters: readonly string[];
    roll: readonly string[];
    electedDelegates: number;
    quorum: Ratio;
    openedAt: string;
  }
>;

export type BallotIssued = DomainEvent<
  'BallotIssued',
  { electionId: string; roundNumber: number; delegateId: string; issuedAt: string }
>;
export type BallotReturned = DomainEvent<
  'BallotReturned',
  { electionId: string; roundNumber: number; delegateId: string; returnedAt: string }
>;

export type RoundClosed = DomainEvent<
  'RoundClosed',
  {
    electionId: string;
    roundNumber: number;
    presentWithVote: number;
    issued: number;
    returned: number;
    received: number;
    closedAt: string;
  }
>;

export type RoundVoided = DomainEvent<
  'RoundVoided',
  {
    electionId: string;
    roundNumber: number;
    reasons: readonly VoidReason[];
    issued: number;
    returned: number;
    received: number;
    voidedAt: string;
  }
>;

/** The ballots in the order the sealed box handed them over, none with a voter; and the tally of the valid ones. */
export type BallotsCounted = DomainEvent<
  'BallotsCounted',
  {
    electionId: string;
    roundNumber: number;
    seats: number;
    ballots: readonly CountedBallot[];
    tally: Tally;
    countedAt: string;
  }
>;

/** `elected` in 姓氏笔画 order. */
export type CandidatesElected = DomainEvent<
  'CandidatesElected',
  {
    electionId: string;
    roundNumber: number;
    elected: readonly Standing[];
    unorderedCharacters: readonly string[];
    rule: ElectionRule;
    arithmetic: RoundArithmetic;
  }
>;

export type TieAtCutOff = DomainEvent<
  'TieAtCutOff',
  {
    electionId: string;
    roundNumber: number;
    tied: readonly Standing[];
    cutOffVotes: number;
    seatsAtStake: number;
    arithmetic: RoundArithmetic;
  }
>;

/** `nextCandidates`: this round's candidates not elected, for the further round (in 姓氏笔画 order). */
export type SeatsUnfilled = DomainEvent<
  'SeatsUnfilled',
  {
    electionId: string;
    roundNumber: number;
    remainingSeats: number;
    nextCandidates: readonly Person[];
    arithmetic: RoundArithmetic;
  }
>;

export type SeatsReduced = DomainEvent<
  'SeatsReduced',
  { electionId: string; seatsBefore: number; seatsAfter: number; reason: string; reducedAt: string }
>;

/** The presidium as elected, in 姓氏笔画 order: what goes to the party committee for approval (domain.md). */
export type ElectionCompleted = DomainEvent<
  'ElectionCompleted',
  {
    electionId: string;
    seats: number;
    elected: readonly Person[];
    unorderedCharacters: readonly string[];
    completedAt: string;
  }
>;

export type ElectionEvent =
  | ElectionSetUp
  | ScrutineerAppointed
  | TellerAppointed
  | QuorumNotReached
  | RoundOpened
  | BallotIssued
  | BallotReturned
  | RoundClosed
  | RoundVoided
  | BallotsCounted
  | CandidatesElected
  | TieAtCutOff
  | SeatsUnfilled
  | SeatsReduced
  | ElectionCompleted;

export const ELECTION_EVENT_TYPES = eventTypeList<ElectionEvent['type']>({
  ElectionSetUp: true,
  ScrutineerAppointed: true,
  TellerAppointed: true,
  QuorumNotReached: true,
  RoundOpened: true,
  BallotIssued: true,
  BallotReturned: true,
  RoundClosed: true,
  RoundVoided: true,
  BallotsCounted: true,
  CandidatesElected: true,
  TieAtCutOff: true,
  SeatsUnfilled: true,
  SeatsReduced: true,
  ElectionCompleted: true,
});
