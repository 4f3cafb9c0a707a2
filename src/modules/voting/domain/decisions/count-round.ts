import {
  type CountingRules,
  type Person,
  type RoundResult,
  type Standing,
  decideRound,
  judgeBallot,
  tallyBallots,
} from '../counting.js';
import type { CloseRound } from '../election.commands.js';
import type { CandidatesElected, ElectionCompleted, ElectionEvent, RoundArithmetic } from '../election.events.js';
import { orderByStrokes } from '../../../elections/domain/surname-stroke-order.js';
import type { Voting } from './guards.js';

const person = ({ personId, name }: Person): Person => ({ personId, name });

function rulesFor({ round, elected }: Voting, eligibleWriteIns: readonly Person[]): CountingRules {
  const eligible = [...new Map(eligibleWriteIns.map((p) => [p.personId, person(p)])).values()];
  return {
    seats: round.seats,
    candidates: round.candidates,
    writeInsAllowed: round.kind !== 'runoff',
    eligibleWriteIns: eligible,
    alreadyElected: elected.map((p) => p.personId),
  };
}

function candidatesElected(
  { electionId, round }: Voting,
  result: RoundResult,
  arithmetic: RoundArithmetic,
): CandidatesElected {
  const { ordered, unknownCharacters } = orderByStrokes<Standing>(result.elected, (s) => s.name);
  const rule = result.passed.length > round.seats ? 'MoreThanHalfOfPresentThenHighestCounts' : 'MoreThanHalfOfPresent';
  return {
    type: 'CandidatesElected',
    data: {
      electionId,
      roundNumber: round.roundNumber,
      elected: ordered,
      unorderedCharacters: unknownCharacters,
      rule,
      arithmetic,
    },
  };
}

function electionCompleted(
  { electionId, seats, elected }: Voting,
  result: RoundResult,
  completedAt: string,
): ElectionCompleted {
  const { ordered, unknownCharacters } = orderByStrokes([...elected, ...result.elected.map(person)], (p) => p.name);
  return {
    type: 'ElectionCompleted',
    data: { electionId, seats, elected: ordered, unorderedCharacters: unknownCharacters, completedAt },
  };
}

/** domain.md "Presidium election": every outcome is recorded with its arithmetic; exactly one of tie, unfilled or complete follows. */
function outcome(election: Voting, result: RoundResult, now: string): ElectionEvent[] {
  const { electionId, round } = election;
  const roundNumber = round.roundNumber;
  const arithmetic: RoundArithmetic = {
    presentWithVote: round.roll.length,
    threshold: result.threshold,
    standings: result.standings,
  };
  const events: ElectionEvent[] = result.elected.length > 0 ? [candidatesElected(election, result, arithmetic)] : [];
  if (result.tied.length > 0) {
    const tied = orderByStrokes(result.tied, (s) => s.name).ordered;
    return [
      ...events,
      {
        type: 'TieAtCutOff',
        data: {
          electionId,
          roundNumber,
          tied,
          cutOffVotes: tied[0]!.votes,
          seatsAtStake: result.seatsForTied,
          arithmetic,
        },
      },
    ];
  }
  if (result.unfilledSeats > 0) {
    const electedNow = new Set(result.elected.map((s) => s.personId));
    const nextCandidates = round.candidates.filter((c) => !electedNow.has(c.personId));
    return [
      ...events,
      {
        type: 'SeatsUnfilled',
        data: { electionId, roundNumber, remainingSeats: result.unfilledSeats, nextCandidates, arithmetic },
      },
    ];
  }
  return [...events, electionCompleted(election, result, now)];
}

/** Judges each ballot in the order handed over (shuffling is the application's job), tallies, and decides. */
export function countRound(
  election: Voting,
  { ballots, eligibleWriteIns }: CloseRound['data'],
  now: string,
): ElectionEvent[] {
  const rules = rulesFor(election, eligibleWriteIns);
  const counted = ballots.map((b) => judgeBallot(b, rules));
  const tally = tallyBallots(counted, rules);
  const result = decideRound(tally, election.round.seats, election.round.roll.length);
  const { electionId, round } = election;
  return [
    {
      type: 'BallotsCounted',
      data: { electionId, roundNumber: round.roundNumber, seats: round.seats, ballots: counted, tally, countedAt: now },
    },
    ...outcome(election, result, now),
  ];
}
