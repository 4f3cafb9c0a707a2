import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { type CharterPolicy, type Organisation, organisationDecider, organisationStream } from '../organisations/index.js';

type Registered = Extract<Organisation, { status: 'Registered' }>;

/** Facts about organisations a congress decision needs, read from their own streams (not a read model). */
@Injectable()
export class OrganisationFacts {
  constructor(private readonly runner: CommandRunner) {}

  async find(organisationId: string): Promise<Registered | null> {
    const organisation = await this.runner.load(organisationStream(organisationId), organisationDecider);
    return organisation.status === 'Registered' ? organisation : null;
  }

  /** The union's charter policy, or null when it is not a registered union. */
  async policyOf(organisationId: string): Promise<CharterPolicy | null> {
    return (await this.find(organisationId))?.policy ?? null;
  }

  /** The college union a class league branch belongs to: branch → college league organisation → college union. */
  async collegeOfBranch(branchId: string): Promise<string | null> {
    const branch = await this.find(branchId);
    if (branch?.kind !== 'class-league-branch' || !branch.parentId) return null;
    const league = await this.find(branch.parentId);
    if (league?.kind !== 'college-league-org' || !league.parentId) return null;
    const college = await this.find(league.parentId);
    return college?.kind === 'college-union' ? college.organisationId : null;
  }
}
