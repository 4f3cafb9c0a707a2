import { Injectable } from '@nestjs/common';
import { CongressFacts, SittingFacts } from '../congress/index.js';
import {
  CHARTER_DEFAULTS,
  type CharterDefaults,
  type MotionRule,
  OrganisationFacts,
  type PolicyChanges,
  policyViolations,
  withChanges,
} from '../organisations/index.js';
import { Inject } from '@nestjs/common';
import type { MotionKind } from './domain/decision-rule.js';
import type { CongressFact, SittingFact } from './domain/motion.commands.js';

/** Facts a motion decides on, from the owning streams: the congress, the sitting, the union and its policy. */
@Injectable()
export class MotionFacts {
  constructor(
    private readonly congresses: CongressFacts,
    private readonly sittings: SittingFacts,
    private readonly organisations: OrganisationFacts,
    @Inject(CHARTER_DEFAULTS) private readonly defaults: CharterDefaults,
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
    if (!union?.policy) return { rule: null, violations: [] };
    const rules = union.policy.motionRules ?? this.defaults[union.kind]?.motionRules;
    const violations = changes ? policyViolations(withChanges(union.policy, changes)) : [];
    return { rule: rules?.[kind] ?? null, violations };
  }

  sitting(sittingId: string): Promise<SittingFact> {
    return this.sittings.roll(sittingId);
  }
}
