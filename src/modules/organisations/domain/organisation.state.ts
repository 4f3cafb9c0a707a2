import { assertNever } from '../../../shared/domain/decider.js';
import type { CharterPolicy } from './charter-policy.js';
import type { OrganisationEvent } from './organisation.events.js';
import type { OrganisationKind } from './organisation-kind.js';

export type Organisation =
  | { status: 'Unregistered' }
  | {
      status: 'Registered';
      organisationId: string;
      kind: OrganisationKind;
      name: string;
      parentId: string | null;
      policy: CharterPolicy | null;
    };

export const initialOrganisation = (): Organisation => ({ status: 'Unregistered' });

export function evolveOrganisation(state: Organisation, event: OrganisationEvent): Organisation {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId, kind, name, parentId, policy } = event.data;
      return { status: 'Registered', organisationId, kind, name, parentId, policy };
    }
    case 'PolicyChanged':
      return state.status === 'Registered' ? { ...state, policy: event.data.policy } : state;
    case 'OrganisationRenamed':
      return state.status === 'Registered' ? { ...state, name: event.data.name } : state;
    default:
      return assertNever(event, 'organisation event');
  }
}
