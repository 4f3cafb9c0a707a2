import { assertNever } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { CongressEvent } from './congress.events.js';
import type { SeatAllocation } from './seat-allocation.js';

export type DelegateStatus = 'recommended' | 'elected' | 'not-elected' | 'qualified' | 'rejected' | 'withdrawn';

export type DelegateEntry = Readonly<{ studentId: string; collegeId: string; status: DelegateStatus }>;

export type Congress =
  | { status: 'NotConvened' }
  | {
      status: 'Convened';
      congressId: string;
      organisationId: string;
      allocation: SeatAllocation;
      quorum: Ratio;
      delegates: Readonly<Record<string, DelegateEntry>>;
    };

/** Statuses that hold (or may yet hold) a seat: a student in one of them cannot be put forward again. */
export const ACTIVE_STATUSES: readonly DelegateStatus[] = ['recommended', 'elected', 'qualified'];
/** Statuses that fill a seat of the college's quota. */
export const SEATED_STATUSES: readonly DelegateStatus[] = ['elected', 'qualified'];

export const initialCongress = (): Congress => ({ status: 'NotConvened' });

export function evolveCongress(state: Congress, event: CongressEvent): Congress {
  switch (event.type) {
    case 'CongressConvened': {
      const { congressId, organisationId, allocation, quorum } = event.data;
      return { status: 'Convened', congressId, organisationId, allocation, quorum, delegates: {} };
    }
    case 'DelegateRecommended':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'recommended');
    case 'DelegateElected':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'elected');
    case 'DelegateNotElected':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'not-elected');
    case 'DelegateQualified':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'qualified');
    case 'DelegateRejected':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'rejected');
    case 'DelegateWithdrawn':
      return withDelegate(state, event.data.studentId, event.data.collegeId, 'withdrawn');
    default:
      return assertNever(event, 'congress event');
  }
}

function withDelegate(state: Congress, studentId: string, collegeId: string, status: DelegateStatus): Congress {
  if (state.status !== 'Convened') return state;
  return { ...state, delegates: { ...state.delegates, [studentId]: { studentId, collegeId, status } } };
}
