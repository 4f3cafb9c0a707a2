import { assertNever } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { CongressEvent } from './congress.events.js';
import type { SeatAllocation } from './seat-allocation.js';

export type DelegateStatus = 'recommended' | 'elected' | 'not-elected' | 'qualified' | 'rejected' | 'withdrawn';

export type DelegateEntry = Readonly<{ studentId: string; collegeId: string; status: DelegateStatus }>;

/**
 * Art. 17: where a college union's congress stands on its way to convening: the party organisation's approval opens
 * a request, the school union's reply approves or refuses it; after a refusal only a new request leads on.
 */
export type ConveningApproval =
  | Readonly<{ step: 'none' }>
  | Readonly<{ step: 'party-approved'; collegeId: string; schoolUnionId: string; request: number }>
  | Readonly<{ step: 'school-approved'; collegeId: string; schoolUnionId: string; request: number }>
  | Readonly<{ step: 'school-refused'; collegeId: string; schoolUnionId: string; request: number; reasons: string }>;

export type Congress =
  | { status: 'NotConvened'; approval: ConveningApproval }
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

export const initialCongress = (): Congress => ({ status: 'NotConvened', approval: { step: 'none' } });

function withApproval(state: Congress, approval: ConveningApproval): Congress {
  return state.status === 'NotConvened' ? { ...state, approval } : state;
}

export function evolveCongress(state: Congress, event: CongressEvent): Congress {
  switch (event.type) {
    case 'CongressConvened': {
      const { congressId, organisationId, allocation, quorum } = event.data;
      return { status: 'Convened', congressId, organisationId, allocation, quorum, delegates: {} };
    }
    case 'CollegeCongressPartyApproved': {
      const { organisationId: collegeId, schoolUnionId, request } = event.data;
      return withApproval(state, { step: 'party-approved', collegeId, schoolUnionId, request });
    }
    case 'CollegeCongressSchoolApproved': {
      const { organisationId: collegeId, schoolUnionId, request } = event.data;
      return withApproval(state, { step: 'school-approved', collegeId, schoolUnionId, request });
    }
    case 'CollegeCongressSchoolRefused': {
      const { organisationId: collegeId, schoolUnionId, request, reasons } = event.data;
      return withApproval(state, { step: 'school-refused', collegeId, schoolUnionId, request, reasons });
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
