import type { Actor } from '../../../../shared/domain/decider.js';
import { BallotMediumConflict } from '../ballot-box.errors.js';
import type { IssueBallot, ReturnBallot } from '../election.commands.js';
import { requireOfficer } from '../election-officers.js';
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

/**
 * CYL rules: at the table, an appointed teller hands out and takes back paper ballots, and a delegate who collected
 * an electronic credential gets no paper ballot (one ballot per delegate, by one medium).
 */
function requirePaperTeller(
  state: Election,
  { electionId, delegateId, medium }: IssueBallot['data'],
  actor: Actor,
): void {
  if (medium.kind !== 'paper') return;
  requireOfficer(state, electionId, actor, 'teller');
  if (medium.delegateHoldsCredential)
    throw new BallotMediumConflict(`Delegate ${delegateId} votes electronically in this round`, {
      field: 'delegateId',
    });
}

/** domain.md (CYL rules): one ballot per delegate present, and the number issued is recorded. */
export function issueBallot({ data, metadata }: IssueBallot, state: Election): BallotIssued {
  requirePaperTeller(state, data, metadata.actor);
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
  requirePaperTeller(state, data, metadata.actor);
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
