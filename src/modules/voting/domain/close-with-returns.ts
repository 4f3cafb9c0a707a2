import type { CommandMetadata } from '../../../shared/domain/decider.js';
import type { Person, SealedBallot } from './counting.js';
import type { ElectionCommand } from './election.commands.js';
import { electionDecider } from './election.decide.js';
import type { ElectionEvent } from './election.events.js';
import type { Election } from './election.state.js';

/**
 * Closing an electronic (or mixed) round as one decision (architecture.md "Ballot secrecy"; docs/elections.md):
 * the roll learns who used a ballot credential only now, as one batch sorted by delegate id (never in the order
 * or at the moments of casting), then the sealed box, already shuffled, is counted. Delegates whose return a teller
 * already recorded (paper) are not recorded twice. Returns the events in the order they are appended.
 */
export function closeWithReturns(
  state: Election,
  data: Readonly<{
    electionId: string;
    roundNumber: number;
    usedCredentials: readonly string[];
    ballots: readonly SealedBallot[];
    eligibleWriteIns: readonly Person[];
  }>,
  metadata: CommandMetadata,
): ElectionEvent[] {
  const { electionId, roundNumber } = data;
  const already = new Set(state.status === 'Voting' ? state.round.returned : []);
  const returns = [...new Set(data.usedCredentials)].filter((d) => !already.has(d)).sort();
  const commands: ElectionCommand[] = [
    ...returns.map((delegateId): ElectionCommand => ({
      type: 'ReturnBallot',
      data: { electionId, roundNumber, delegateId, medium: { kind: 'credential' } },
      metadata,
    })),
    {
      type: 'CloseRound',
      data: { electionId, roundNumber, ballots: data.ballots, eligibleWriteIns: data.eligibleWriteIns },
      metadata,
    },
  ];
  const events: ElectionEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = ([] as ElectionEvent[]).concat(electionDecider.decide(command, current));
    current = decided.reduce(electionDecider.evolve, current);
    events.push(...decided);
  }
  return events;
}
