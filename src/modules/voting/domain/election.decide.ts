import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { appointScrutineer, appointTeller } from './decisions/appoint.js';
import { closeRound } from './decisions/close-round.js';
import { openRound } from './decisions/open-round.js';
import { reduceSeats } from './decisions/reduce-seats.js';
import { issueBallot, returnBallot } from './decisions/roll.js';
import { setUpElection } from './decisions/set-up-election.js';
import type { ElectionCommand } from './election.commands.js';
import type { ElectionEvent } from './election.events.js';
import { type Election, evolveElection, initialElection } from './election.state.js';

/** The presidium election (domain.md "Presidium election"); one decision per command lives in decisions/. */
export function decideElection(command: ElectionCommand, state: Election): ElectionEvent | ElectionEvent[] {
  switch (command.type) {
    case 'SetUpElection':
      return setUpElection(command, state);
    case 'AppointScrutineer':
      return appointScrutineer(command, state);
    case 'AppointTeller':
      return appointTeller(command, state);
    case 'OpenRound':
      return openRound(command, state);
    case 'IssueBallot':
      return issueBallot(command, state);
    case 'ReturnBallot':
      return returnBallot(command, state);
    case 'CloseRound':
      return closeRound(command, state);
    case 'ReduceSeats':
      return reduceSeats(command, state);
    default:
      return assertNever(command, 'election command');
  }
}

export const electionDecider: Decider<Election, ElectionCommand, ElectionEvent> = {
  decide: decideElection,
  evolve: evolveElection,
  initialState: initialElection,
};

export const electionStream = (electionId: string) => `election-${electionId}`;
