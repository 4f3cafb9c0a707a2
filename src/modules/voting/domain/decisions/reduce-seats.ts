import type { ReduceSeats } from '../election.commands.js';
import { ReasonRequired, SeatsReductionNotAllowed } from '../election.errors.js';
import type { ElectionCompleted, SeatsReduced } from '../election.events.js';
import type { Election } from '../election.state.js';
import { orderByStrokes } from '../../../elections/domain/surname-stroke-order.js';
import { awaitingRound, heldBy } from './guards.js';

/**
 * domain.md: if fewer pass than seats, the remaining seats go to a further round, or the meeting reduces the seats,
 * "that too is a recorded decision". The presidium is then those elected. A tie goes to a run-off instead, and a
 * presidium of nobody is no presidium, so the reduction needs a round that left seats unfilled and someone elected.
 */
export function reduceSeats({ data, metadata }: ReduceSeats, state: Election): [SeatsReduced, ElectionCompleted] {
  heldBy(state, data.electionId, data.organisationId);
  const election = awaitingRound(state, data.electionId);
  if (election.next.kind !== 'further')
    throw new SeatsReductionNotAllowed('Seats may be reduced only after a round left seats unfilled');
  if (election.elected.length === 0)
    throw new SeatsReductionNotAllowed('Nobody has been elected: hold a further round');
  const reason = data.reason.trim();
  if (!reason)
    throw new ReasonRequired('Reducing the seats needs the congress resolution as a reason', { field: 'reason' });
  const { electionId, seats, elected } = election;
  const { ordered, unknownCharacters } = orderByStrokes(elected, (p) => p.name);
  return [
    {
      type: 'SeatsReduced',
      data: { electionId, seatsBefore: seats, seatsAfter: elected.length, reason, reducedAt: metadata.now },
    },
    {
      type: 'ElectionCompleted',
      data: {
        electionId,
        seats: elected.length,
        elected: ordered,
        unorderedCharacters: unknownCharacters,
        completedAt: metadata.now,
      },
    },
  ];
}
