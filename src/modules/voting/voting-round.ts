import { votingIn } from './domain/decisions/guards.js';
import type { Election, VotingRound } from './domain/election.state.js';

/** What a delegate is handed with a ballot: the round's kind, its seats and its candidates in 姓氏笔画 order. */
export type BallotPaper = Readonly<{
  electionId: string;
  roundNumber: number;
  kind: VotingRound['kind'];
  seats: number;
  candidates: VotingRound['candidates'];
  /** a run-off is a new ballot among the tied only (domain.md): write-ins there are void */
  writeInsCount: boolean;
  /** domain.md: more "for" (write-ins included) than seats makes the ballot invalid */
  maxFor: number;
}>;

/** The round now open for ballots (throws when it is not): not to be confused with the decision that opens one. */
export function roundOpenForVoting(state: Election, electionId: string, roundNumber: number): VotingRound {
  return votingIn(state, electionId, roundNumber).round;
}

export function ballotPaper(electionId: string, round: VotingRound): BallotPaper {
  return {
    electionId,
    roundNumber: round.roundNumber,
    kind: round.kind,
    seats: round.seats,
    candidates: round.candidates,
    writeInsCount: round.kind !== 'runoff',
    maxFor: round.seats,
  };
}
