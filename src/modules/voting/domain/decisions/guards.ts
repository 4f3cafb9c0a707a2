import { NotTheActingBody } from '../../../elections/domain/acting-body.errors.js';
import type { Election, ElectionUnderWay, RoundScope, VotingRound } from '../election.state.js';
import {
  ElectionAlreadyCompleted,
  ElectionNotSetUp,
  NameRequired,
  RoundInProgress,
  RoundNotOpen,
} from '../election.errors.js';

export type AwaitingRound = ElectionUnderWay & Readonly<{ status: 'AwaitingRound'; next: RoundScope }>;
export type Voting = ElectionUnderWay & Readonly<{ status: 'Voting'; round: VotingRound }>;

export function underWay(state: Election, electionId: string): ElectionUnderWay {
  if (state.status === 'NotSetUp') throw new ElectionNotSetUp(`Election ${electionId} has not been set up`);
  if (state.status === 'Completed') throw new ElectionAlreadyCompleted(`Election ${electionId} is completed`);
  return state;
}

/** Steps of the secretariat are the business of the union that holds the election (its union staff). */
export function heldBy(state: Election, electionId: string, organisationId: string): void {
  if (state.status === 'NotSetUp' || state.status === 'Completed') return;
  if (state.organisationId !== organisationId)
    throw new NotTheActingBody(`Election ${electionId} is held by ${state.organisationId}`);
}

/** Between rounds: appointments, opening a round and reducing seats happen only here. */
export function awaitingRound(state: Election, electionId: string): AwaitingRound {
  const election = underWay(state, electionId);
  if (election.status !== 'AwaitingRound') throw new RoundInProgress(`Election ${electionId} has a round under way`);
  return election;
}

export function votingIn(state: Election, electionId: string, roundNumber: number): Voting {
  const election = underWay(state, electionId);
  if (election.status !== 'Voting' || election.round.roundNumber !== roundNumber) {
    throw new RoundNotOpen(`Round ${roundNumber} of election ${electionId} is not open`, { field: 'roundNumber' });
  }
  return election;
}

export function requiredName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw new NameRequired('A person needs a name', { field });
  return trimmed;
}
