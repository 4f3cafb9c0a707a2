import { assertNever } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { SittingEvent } from './sitting.events.js';

export type Sitting =
  | { status: 'NotOpened' }
  | {
      status: 'Open' | 'InBusiness' | 'Closed';
      sittingId: string;
      congressId: string;
      organisationId: string;
      roll: ReadonlySet<string>;
      present: ReadonlySet<string>;
      quorum: Ratio;
      quorate: boolean;
    };

export const initialSitting = (): Sitting => ({ status: 'NotOpened' });

export function evolveSitting(state: Sitting, event: SittingEvent): Sitting {
  if (event.type === 'SittingOpened') {
    const { sittingId, congressId, organisationId, roll, quorum } = event.data;
    return {
      status: 'Open',
      sittingId,
      congressId,
      organisationId,
      roll: new Set(roll),
      present: new Set(),
      quorum,
      quorate: false,
    };
  }
  if (state.status === 'NotOpened') return state;
  switch (event.type) {
    case 'DelegateCheckedIn':
      return { ...state, present: new Set([...state.present, event.data.delegateId]) };
    case 'DelegateCheckedOut':
      return { ...state, present: new Set([...state.present].filter((d) => d !== event.data.delegateId)) };
    case 'QuorumReached':
      return { ...state, quorate: true };
    case 'QuorumLost':
      return { ...state, quorate: false };
    case 'BusinessOpened':
      return { ...state, status: 'InBusiness' };
    case 'SittingQuorumNotReached':
      return state;
    case 'SittingClosed':
      return { ...state, status: 'Closed' };
    default:
      return assertNever(event, 'sitting event');
  }
}
