import type { AppointScrutineer, AppointTeller } from '../election.commands.js';
import { ScrutineerIsCandidate } from '../election.errors.js';
import type { ScrutineerAppointed, TellerAppointed } from '../election.events.js';
import type { Election } from '../election.state.js';
import { awaitingRound, heldBy, requiredName } from './guards.js';

/** domain.md (CYL rules): scrutineers (监票人) are appointed before the ballot and are never candidates. */
export function appointScrutineer({ data, metadata }: AppointScrutineer, state: Election): ScrutineerAppointed[] {
  heldBy(state, data.electionId, data.organisationId);
  const election = awaitingRound(state, data.electionId);
  const name = requiredName(data.name);
  if (election.candidates.some((c) => c.personId === data.personId)) {
    throw new ScrutineerIsCandidate(`${data.personId} is a candidate and cannot be a scrutineer`, {
      field: 'personId',
    });
  }
  if (election.scrutineers.some((s) => s.personId === data.personId)) return [];
  return [
    {
      type: 'ScrutineerAppointed',
      data: { electionId: data.electionId, personId: data.personId, name, appointedAt: metadata.now },
    },
  ];
}

/** domain.md (CYL rules): tellers (计票人) count under the scrutineers' eye; the rules bar only scrutineers from standing. */
export function appointTeller({ data, metadata }: AppointTeller, state: Election): TellerAppointed[] {
  heldBy(state, data.electionId, data.organisationId);
  const election = awaitingRound(state, data.electionId);
  const name = requiredName(data.name);
  if (election.tellers.some((t) => t.personId === data.personId)) return [];
  return [
    {
      type: 'TellerAppointed',
      data: { electionId: data.electionId, personId: data.personId, name, appointedAt: metadata.now },
    },
  ];
}
