import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { CharterPolicy, PolicyChanges } from './charter-policy.js';
import type { OrganisationKind } from './organisation-kind.js';

export type OrganisationRegistered = DomainEvent<
  'OrganisationRegistered',
  {
    organisationId: string;
    kind: OrganisationKind;
    name: string;
    parentId: string | null;
    policy: CharterPolicy | null;
    registeredAt: string;
  }
>;

export type PolicyChanged = DomainEvent<
  'PolicyChanged',
  { organisationId: string; changes: PolicyChanges; policy: CharterPolicy; reason: string; changedAt: string }
>;

export type OrganisationRenamed = DomainEvent<
  'OrganisationRenamed',
  { organisationId: string; name: string; renamedAt: string }
>;

export type OrganisationEvent = OrganisationRegistered | PolicyChanged | OrganisationRenamed;

export const ORGANISATION_EVENT_TYPES = eventTypeList<OrganisationEvent['type']>({
  OrganisationRegistered: true,
  PolicyChanged: true,
  OrganisationRenamed: true,
});
