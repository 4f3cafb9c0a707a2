import { assertNever } from '../../../shared/domain/decider.js';
import type { Person } from '../../elections/domain/person.js';
import type { ElectionResultEvent } from './election-result.events.js';

export type ResultStatus = 'AwaitingApproval' | 'Returned' | 'Approved' | 'Filed';

export type ElectionResult =
  | Readonly<{ status: 'NotAnnounced' }>
  | Readonly<{
      status: ResultStatus;
      electionId: string;
      organisationId: string;
      congressId: string;
      seats: number;
      elected: readonly Person[];
      /** the day of approval (YYYY-MM-DD), once approved */
      approvedOn: string | null;
    }>;

export const initialElectionResult = (): ElectionResult => ({ status: 'NotAnnounced' });

export function evolveElectionResult(state: ElectionResult, event: ElectionResultEvent): ElectionResult {
  if (event.type === 'ResultAnnounced') {
    const { electionId, organisationId, congressId, seats, elected } = event.data;
    return { status: 'AwaitingApproval', electionId, organisationId, congressId, seats, elected, approvedOn: null };
  }
  if (state.status === 'NotAnnounced') return state;
  switch (event.type) {
    case 'ResultApproved':
      return { ...state, status: 'Approved', approvedOn: event.data.approvedAt.slice(0, 10) };
    case 'ResultReturned':
      return { ...state, status: 'Returned' };
    case 'ResultResubmitted':
      return { ...state, status: 'AwaitingApproval' };
    case 'ResultFiled':
      return { ...state, status: 'Filed' };
    default:
      return assertNever(event, 'election result event');
  }
}
