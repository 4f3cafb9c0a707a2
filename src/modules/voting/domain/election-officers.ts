import type { Actor } from '../../../shared/domain/decider.js';
import type { Person } from './counting.js';
import { NotAnAppointedOfficer, ScrutineerRequired } from './ballot-box.errors.js';
import { underWay } from './decisions/guards.js';
import type { Election } from './election.state.js';

export type Office = 'scrutineer' | 'teller';

function officers(state: Election, electionId: string, office: Office): readonly Person[] {
  const election = underWay(state, electionId);
  return office === 'scrutineer' ? election.scrutineers : election.tellers;
}

/**
 * domain.md (CYL rules): the scrutineers (监票人) and tellers (计票人) appointed for the election act in those offices;
 * a token with the role is not enough, its subject must be the appointed person. The system administrator may act.
 */
export function requireOfficer(state: Election, electionId: string, actor: Actor, office: Office): void {
  if (actor.role === 'admin') return;
  if (actor.role !== office || !officers(state, electionId, office).some((p) => p.personId === actor.id)) {
    throw new NotAnAppointedOfficer(`${actor.id} is not an appointed ${office} of election ${electionId}`);
  }
}

/** Paper ballots are entered by a teller under the eye of a scrutineer, who is an appointed scrutineer and someone else. */
export function requireSupervisingScrutineer(
  state: Election,
  electionId: string,
  scrutineerId: string,
  tellerId: string,
): void {
  if (
    scrutineerId === tellerId ||
    !officers(state, electionId, 'scrutineer').some((p) => p.personId === scrutineerId)
  ) {
    throw new ScrutineerRequired(`${scrutineerId} is not an appointed scrutineer other than the teller`, {
      field: 'scrutineerId',
    });
  }
}
