import type { IssueBallot, ReturnBallot } from '../election.commands.js';
import { BallotAlreadyIssued, BallotAlreadyReturned, DelegateNotOnRoll } from '../election.errors.js';
import type { BallotIssued, BallotReturned } from '../election.events.js';
import type { Election, VotingRound } from '../election.state.js';
import { votingIn } from './guards.js';

function onRoll(round: VotingRound, delegateId: string): void {
  if (!round.roll.includes(delegateId)) {
    throw new DelegateNotOnRoll(`Delegate ${delegateId} is not on the roll of round ${round.roundNumber}`, {
      field: 'delegateId',
    });
  }
}

/** domain.md (CYL rules): one ballot per delegate present, and the number issued is recorded. */
export function issueBallot({ data, metadata }: IssueBallot, state: Election): BallotIssued {
  const { round } = votingIn(state, data.electionId, data.roundNumber);
  onRoll(round, data.delegateId);
  if (round.issued.includes(data.delegateId))
    throw new BallotAlreadyIssued(`Delegate ${data.delegateId} already has a ballot`, { field: 'delegateId' });
  return {
    type: 'BallotIssued',
    data: {
      electionId: data.electionId,
      roundNumber: round.roundNumber,
      delegateId: data.delegateId,
      issuedAt: metadata.now,
    },
  };
}

/**
 * The roll records that the delegate returned a ballot, never what it says. A return with no recorded issue is
 * recorded, not refused: the ballot is in the box either way, and at close returns exceeding issues void the round
 * (CYL rules; architecture.md "Ballot secrecy": returned <= issued, or the round is void).
 */
export function returnBallot({ data, metadata }: ReturnBallot, state: Election): BallotReturned {
  const { round } = votingIn(state, data.electionId, data.roundNumber);
  onRoll(round, data.delegateId);
  if (round.returned.includes(data.delegateId))
    throw new BallotAlreadyReturned(`Delegate ${data.delegateId} has already returned a ballot`, {
      field: 'delegateId',
    });
  return {
    type: 'BallotReturned',
    data: {
      electionId: data.electionId,
      roundNumber: round.roundNumber,
      delegateId: data.delegateId,
      returnedAt: metadata.now,
    },
  };
}
