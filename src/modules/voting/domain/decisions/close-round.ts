import type { CloseRound } from '../election.commands.js';
import type { ElectionEvent, RoundClosed, RoundVoided, VoidReason } from '../election.events.js';
import type { Election } from '../election.state.js';
import { checkSealedBallots } from '../sealed-ballots.js';
import { countRound } from './count-round.js';
import { type Voting, votingIn } from './guards.js';

function roundClosed({ electionId, round }: Voting, received: number, closedAt: string): RoundClosed {
  const counts = {
    presentWithVote: round.roll.length,
    issued: round.issued.length,
    returned: round.returned.length,
    received,
  };
  return { type: 'RoundClosed', data: { electionId, roundNumber: round.roundNumber, ...counts, closedAt } };
}

/**
 * domain.md (CYL rules): ballots returned beyond those issued void the round (收回票数多于发出票数, 选举无效).
 * The sealed box adds two checks of the same kind: it may hold no more ballots than were issued, nor than the roll
 * saw returned. Fewer ballots than returns does not void (the rules void only on excess; a missing ballot cannot
 * add a vote); RoundClosed shows the difference.
 */
function voidReasons({ issued, returned, received }: RoundClosed['data']): VoidReason[] {
  const reasons: VoidReason[] = [];
  if (returned > issued) reasons.push('ReturnedExceedIssued');
  if (received > issued) reasons.push('BallotsExceedIssued');
  if (received > returned) reasons.push('BallotsExceedReturned');
  return reasons;
}

/** The sealed box is emptied once, as one shuffled batch; every close records its counts, then a void or a count. */
export function closeRound({ data, metadata }: CloseRound, state: Election): ElectionEvent[] {
  const election = votingIn(state, data.electionId, data.roundNumber);
  checkSealedBallots(data.ballots, election.round.candidates);
  const closed = roundClosed(election, data.ballots.length, metadata.now);
  const reasons = voidReasons(closed.data);
  if (reasons.length === 0) return [closed, ...countRound(election, data, metadata.now)];
  const { electionId, roundNumber, issued, returned, received } = closed.data;
  const voided: RoundVoided = {
    type: 'RoundVoided',
    data: { electionId, roundNumber, reasons, issued, returned, received, voidedAt: metadata.now },
  };
  return [closed, voided];
}
