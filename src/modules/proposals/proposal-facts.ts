import { Injectable } from '@nestjs/common';
import { CongressFacts } from '../congress/index.js';
import { OrganisationFacts, type ProposalPolicy } from '../organisations/index.js';
import type { CongressFact } from './domain/proposal-book.commands.js';

/** Facts the proposal book decides on, read from the owning streams (the congress, the organisations), never a read model. */
@Injectable()
export class ProposalFacts {
  constructor(
    private readonly congresses: CongressFacts,
    private readonly organisations: OrganisationFacts,
  ) {}

  async congress(congressId: string): Promise<CongressFact> {
    const congress = await this.congresses.congress(congressId);
    return congress.status === 'Convened'
      ? { convened: true, organisationId: congress.organisationId, seatedDelegateIds: congress.seatedDelegateIds }
      : { convened: false, organisationId: null, seatedDelegateIds: [] };
  }

  /** The union's proposal procedure; a union registered before the policy had the group follows the seed's defaults. */
  async policy(organisationId: string): Promise<ProposalPolicy | null> {
    const union = await this.organisations.find(organisationId);
    return (union && this.organisations.policyInForce(union)?.proposals) ?? null;
  }

  async kindOf(organisationId: string): Promise<string | null> {
    return (await this.organisations.find(organisationId))?.kind ?? null;
  }
}
