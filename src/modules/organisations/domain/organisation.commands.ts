import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { CharterPolicy, PolicyChanges } from './charter-policy.js';
import type { OrganisationKind } from './organisation-kind.js';

/** The parent as the handler found it, or null when it does not exist. */
export type ParentFact = Readonly<{ organisationId: string; kind: OrganisationKind | null }>;

export type RegisterOrganisation = DomainCommand<
  'RegisterOrganisation',
  {
    organisationId: string;
    kind: OrganisationKind;
    name: string;
    parent: ParentFact | null;
    /** the charter defaults for this kind, from configuration */
    defaultPolicy: CharterPolicy | null;
    policyOverrides: PolicyChanges;
  }
>;

export type ChangePolicy = DomainCommand<
  'ChangePolicy',
  { organisationId: string; changes: PolicyChanges; reason: string }
>;

export type RenameOrganisation = DomainCommand<'RenameOrganisation', { organisationId: string; name: string }>;

export type OrganisationCommand = RegisterOrganisation | ChangePolicy | RenameOrganisation;
