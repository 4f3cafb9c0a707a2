import { Inject, Injectable } from '@nestjs/common';
import { CHARTER_DEFAULTS, type CharterDefaults } from './charter-defaults.js';
import { DataSource } from 'typeorm';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ConsistentRead, type ReadAtHead } from '../../shared/projections/consistent-read.js';
import type { CharterPolicy } from './domain/charter-policy.js';
import { organisationDecider, organisationStream } from './domain/organisation.decide.js';
import type { Organisation } from './domain/organisation.state.js';
import { ORGANISATION_DIRECTORY } from './read-models/organisation-directory/organisation-directory.projection.js';
import { listOrganisations } from './read-models/organisation-directory/organisation-directory.queries.js';

export type RegisteredOrganisation = Extract<Organisation, { status: 'Registered' }>;

/**
 * What other modules may know of organisations when they decide: one organisation from its own stream, and
 * the lists only the directory can answer read after the directory caught up with the log.
 */
@Injectable()
export class OrganisationFacts {
  constructor(
    private readonly runner: CommandRunner,
    private readonly consistent: ConsistentRead,
    private readonly db: DataSource,
    @Inject(CHARTER_DEFAULTS) private readonly defaults: CharterDefaults,
  ) {}

  async find(organisationId: string): Promise<RegisteredOrganisation | null> {
    const organisation = await this.runner.load(organisationStream(organisationId), organisationDecider);
    return organisation.status === 'Registered' ? organisation : null;
  }

  /**
   * The organisation with the revision of its stream it was read at: the version of its policy a decision rests on
   * (history shows the organisation, and so its policy, as of that revision).
   */
  async findVersioned(
    organisationId: string,
  ): Promise<Readonly<{ organisation: RegisteredOrganisation; revision: string }> | null> {
    const loaded = await this.runner.loadVersioned(organisationStream(organisationId), organisationDecider);
    return loaded.state.status === 'Registered' ? { organisation: loaded.state, revision: loaded.revision } : null;
  }

  /** The union's charter policy, or null when it is not a registered union. */
  async policyOf(organisationId: string): Promise<CharterPolicy | null> {
    return (await this.find(organisationId))?.policy ?? null;
  }

  /**
   * The union's policy in force: the groups added after it registered (proposals, motion rules, college assessment,
   * staff review, approvals), which its recorded
   * policy lacks until it changes them, are the seed's defaults for its kind. Null when it is not a registered union.
   */
  policyInForce(union: RegisteredOrganisation): CharterPolicy | null {
    if (!union.policy) return null;
    const seed = this.defaults[union.kind];
    return {
      ...union.policy,
      proposals: union.policy.proposals ?? seed?.proposals,
      motionRules: union.policy.motionRules ?? seed?.motionRules,
      collegeAssessment: union.policy.collegeAssessment ?? seed?.collegeAssessment,
      staffReview: union.policy.staffReview ?? seed?.staffReview,
      approvals: union.policy.approvals ?? seed?.approvals,
    };
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

  /** Ids of the college unions under a school union, every one registered before this call. */
  async collegeUnionsOf(schoolUnionId: string): Promise<ReadAtHead<string[]>> {
    return this.consistent.atHead([ORGANISATION_DIRECTORY], async () =>
      (await listOrganisations(this.db, { kind: 'college-union', parentId: schoolUnionId })).map(
        (c) => c.organisationId,
      ),
    );
  }
}
