import { atLeast } from '../../../../shared/domain/policy-value.js';
import type { OpenRound } from '../election.commands.js';
import { DelegateCountsInconsistent, ScrutineerAndTellerRequired } from '../election.errors.js';
import type { QuorumNotReached, RoundOpened } from '../election.events.js';
import type { Election } from '../election.state.js';
import { orderByStrokes } from '../../../elections/domain/surname-stroke-order.js';
import { NotTheActingBody } from '../../../elections/domain/acting-body.errors.js';
import { awaitingRound, heldBy, underWay } from './guards.js';

function checkedRoll({ electedDelegates, presentDelegateIds }: OpenRound['data']): string[] {
  const roll = [...new Set(presentDelegateIds)].sort();
  if (roll.length !== presentDelegateIds.length)
    throw new DelegateCountsInconsistent('A delegate is listed as present twice', { field: 'presentDelegateIds' });
  if (!Number.isSafeInteger(electedDelegates) || roll.length === 0 || roll.length > electedDelegates) {
    throw new DelegateCountsInconsistent(`${roll.length} present of ${electedDelegates} elected delegates cannot be`, {
      field: 'electedDelegates',
    });
  }
  return roll;
}

/**
 * Art. 8 / domain.md: the congress acts only with at least 2/3 (policy) of its elected delegates present; the
 * CYL procedure announces who is present and whether the meeting is valid before the ballot. A failed quorum is a
 * fact the minutes record (architecture.md "Write side"), not an error. The roll freezes the delegates present.
 */
export function openRound({ data, metadata }: OpenRound, state: Election): RoundOpened | QuorumNotReached {
  heldBy(state, data.electionId, data.organisationId);
  // Art. 8: the round's roll is the sitting's; the sitting must be one of the electing congress, in session.
  const { congressId } = underWay(state, data.electionId);
  const { sitting } = data;
  if (!sitting.inSession || sitting.congressId !== congressId) {
    throw new NotTheActingBody(`Sitting ${sitting.sittingId} is not a sitting of congress ${congressId} in session`, {
      field: 'sittingId',
    });
  }
  const election = awaitingRound(state, data.electionId);
  if (election.scrutineers.length === 0 || election.tellers.length === 0) {
    throw new ScrutineerAndTellerRequired('Appoint at least one scrutineer and one teller before the ballot');
  }
  const roll = checkedRoll(data);
  const { electionId, electedDelegates, quorum } = data;
  if (!atLeast(roll.length, electedDelegates, quorum)) {
    const requiredPresent = Math.floor(
      (electedDelegates * quorum.numerator + quorum.denominator - 1) / quorum.denominator,
    );
    return {
      type: 'QuorumNotReached',
      data: { electionId, electedDelegates, present: roll.length, quorum, requiredPresent, checkedAt: metadata.now },
    };
  }
  const { kind, seats, candidates } = election.next;
  const { ordered, unknownCharacters } = orderByStrokes(candidates, (c) => c.name);
  const roundNumber = election.roundsHeld + 1;
  return {
    type: 'RoundOpened',
    data: {
      electionId,
      roundNumber,
      kind,
      seats,
      candidates: ordered,
      unorderedCharacters: unknownCharacters,
      roll,
      electedDelegates,
      quorum,
      openedAt: metadata.now,
    },
  };
}
