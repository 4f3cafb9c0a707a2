import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { OrganisationFacts } from '../organisations/index.js';
import type { UnionFact } from './domain/matter.commands.js';
import { matterDecider, matterStream } from './domain/matter.decide.js';

/** An approved activity as other modules may know it (a volunteer project opens for one, Art. 13), from its stream. */
export type ActivityFact = Readonly<{
  matterId: string;
  organisationId: string;
  /** whether its approval completed (approved, or approved and held) */
  approved: boolean;
  held: boolean;
}> | null;

/**
 * What a matter's decisions rest on, and what other modules may know of matters, each from its own stream: the
 * submitting union with its policy in force and that policy's version (Art. 12), and an activity's approval.
 */
@Injectable()
export class ApprovalFacts {
  constructor(
    private readonly organisations: OrganisationFacts,
    private readonly runner: CommandRunner,
  ) {}

  /** The union, its school union and its policy's matter types, at the revision of its stream they were read at. */
  async union(organisationId: string): Promise<UnionFact> {
    const found = await this.organisations.findVersioned(organisationId);
    if (!found) return null;
    const { organisation, revision } = found;
    const policy = this.organisations.policyInForce(organisation);
    if (!policy) return null;
    const schoolUnionId = organisation.kind === 'college-union' ? organisation.parentId : organisation.organisationId;
    if (!schoolUnionId) return null;
    return {
      organisationId,
      schoolUnionId,
      matterTypes: policy.approvals?.matterTypes ?? [],
      policyRevision: revision,
    };
  }

  /** A matter as an activity: null when no such matter exists or it is not an activity. */
  async activity(matterId: string): Promise<ActivityFact> {
    const matter = await this.runner.load(matterStream(matterId), matterDecider);
    if (matter.status === 'None' || !matter.activity) return null;
    return {
      matterId,
      organisationId: matter.organisationId,
      approved: matter.status === 'Approved' || matter.status === 'Held',
      held: matter.status === 'Held',
    };
  }
}
