import { Injectable } from '@nestjs/common';
import { CongressFacts, SittingFacts } from '../congress/index.js';
import {
  type MotionRule,
  OrganisationFacts,
  type PolicyChanges,
  policyViolations,
  withChanges,
} from '../organisations/index.js';
import type { MotionKind } from './domain/decision-rule.js';
import type { CongressFact, SittingFact } from './domain/motion.commands.js';

/** Facts a motion decides on, from the owning streams: the congress, the sitting, the union and its policy. */
@Injectable()
export class MotionFacts {
  constructor(
    private readonly congresses: CongressFacts,
    private readonly sittings: SittingFacts,
    private readonly organisations: OrganisationFacts,
  ) {}

  async congress(congressId: string): Promise<CongressFact> {
    const congress = await this.congresses.congress(congressId);
    return congress.status === 'Convened'
      ? { convened: true, organisationId: congress.organisationId }
      : { convened: false, organisationId: null };
  }

  /**
   * The union's rule for the kind (a union registered before motion rules existed follows the seed's defaults), and
   * whether an amendment's changes make a valid policy over the union's current one.
   */
  async rule(
    organisationId: string,
    kind: MotionKind,
    changes: PolicyChanges | null,
  ): Promise<{ rule: MotionRule | null; violations: Array<{ field: string; rule: string }> }> {
    const union = await this.organisations.find(organisationId);
    const policy = union && this.organisations.policyInForce(union);
    if (!union?.policy || !policy) return { rule: null, violations: [] };
    // checked over the recorded policy, to which the organisation's ChangePolicy will apply the changes
    const violations = changes ? policyViolations(withChanges(union.policy, changes)) : [];
    return { rule: policy.motionRules?.[kind] ?? null, violations };
  }

  sitting(sittingId: string): Promise<SittingFact> {
    return this.sittings.roll(sittingId);
  }
}
