import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { type CharterPolicy, policyViolations, withChanges } from './charter-policy.js';
import type {
  ChangePolicy,
  OrganisationCommand,
  RegisterOrganisation,
  RenameOrganisation,
} from './organisation.commands.js';
import {
  NameRequired,
  OrganisationAlreadyRegistered,
  OrganisationNotRegistered,
  ParentKindMismatch,
  PolicyNotApplicable,
  PolicyOutOfRange,
} from './organisation.errors.js';
import type {
  OrganisationEvent,
  OrganisationRegistered,
  OrganisationRenamed,
  PolicyChanged,
} from './organisation.events.js';
import { PARENT_KIND, UNION_KINDS } from './organisation-kind.js';
import { type Organisation, evolveOrganisation, initialOrganisation } from './organisation.state.js';

export function registerOrganisation(
  { data, metadata }: RegisterOrganisation,
  state: Organisation,
): OrganisationRegistered {
  if (state.status === 'Registered')
    throw new OrganisationAlreadyRegistered(`Organisation ${data.organisationId} is already registered`, {
      field: 'organisationId',
    });
  const name = data.name.trim();
  if (!name) throw new NameRequired('An organisation needs a name', { field: 'name' });
  const expectedParent = PARENT_KIND[data.kind];
  if (expectedParent && data.parent?.kind !== expectedParent) {
    throw new ParentKindMismatch(
      `A ${data.kind} sits under a registered ${expectedParent}; ${data.parent ? `${data.parent.organisationId} is ${data.parent.kind ?? 'not registered'}` : 'no parent was given'}`,
      { field: 'parentId' },
    );
  }
  if (!expectedParent && data.parent)
    throw new ParentKindMismatch(`A ${data.kind} stands at the top and has no parent`, { field: 'parentId' });
  const isUnion = UNION_KINDS.includes(data.kind);
  if (!isUnion && Object.keys(data.policyOverrides).length > 0) {
    throw new PolicyNotApplicable(`A ${data.kind} carries no charter policy`, { field: 'policy' });
  }
  const policy = isUnion && data.defaultPolicy ? checked(withChanges(data.defaultPolicy, data.policyOverrides)) : null;
  return {
    type: 'OrganisationRegistered',
    data: {
      organisationId: data.organisationId,
      kind: data.kind,
      name,
      parentId: data.parent?.organisationId ?? null,
      policy,
      registeredAt: metadata.now,
    },
  };
}

/** Changing a charter number is itself a recorded decision, with its reason; a change to the same values records nothing. */
export function changePolicy({ data, metadata }: ChangePolicy, state: Organisation): PolicyChanged[] {
  if (state.status !== 'Registered')
    throw new OrganisationNotRegistered(`Organisation ${data.organisationId} is not registered`);
  if (!state.policy) throw new PolicyNotApplicable(`A ${state.kind} carries no charter policy`, { field: 'changes' });
  const policy = checked(withChanges(state.policy, data.changes));
  if (JSON.stringify(policy) === JSON.stringify(state.policy)) return [];
  return [
    {
      type: 'PolicyChanged',
      data: {
        organisationId: data.organisationId,
        changes: data.changes,
        policy,
        reason: data.reason,
        changedAt: metadata.now,
      },
    },
  ];
}

export function renameOrganisation({ data, metadata }: RenameOrganisation, state: Organisation): OrganisationRenamed[] {
  if (state.status !== 'Registered')
    throw new OrganisationNotRegistered(`Organisation ${data.organisationId} is not registered`);
  const name = data.name.trim();
  if (!name) throw new NameRequired('An organisation needs a name', { field: 'name' });
  if (name === state.name) return [];
  return [
    { type: 'OrganisationRenamed', data: { organisationId: data.organisationId, name, renamedAt: metadata.now } },
  ];
}

function checked(policy: CharterPolicy): CharterPolicy {
  const violations = policyViolations(policy);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new PolicyOutOfRange(`Policy ${first.field} must be ${first.rule}`, {
      field: `policy.${first.field}`,
      details: { violations },
    });
  }
  return policy;
}

export function decideOrganisation(
  command: OrganisationCommand,
  state: Organisation,
): OrganisationEvent | OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation':
      return registerOrganisation(command, state);
    case 'ChangePolicy':
      return changePolicy(command, state);
    case 'RenameOrganisation':
      return renameOrganisation(command, state);
    default:
      return assertNever(command, 'organisation command');
  }
}

export const organisationDecider: Decider<Organisation, OrganisationCommand, OrganisationEvent> = {
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisation,
};

export const organisationStream = (organisationId: string) => `organisation-${organisationId}`;
