import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { type CharterPolicy, OrganisationFacts } from '../organisations/index.js';
import { ResultFacts } from '../results/index.js';
import { StudentFacts } from '../students/index.js';
import type { CandidateFact, ElectedPresidiumFact, UnionFact } from './domain/staff-register.commands.js';
import { staffRegisterDecider, staffRegisterStream } from './domain/staff-register.decide.js';
import type { Post } from './domain/staff-register.events.js';
import { NotAUnion } from './staff.errors.js';

export type UnionRecord = Readonly<{
  fact: UnionFact;
  eligibilityRules: CharterPolicy['staffEligibility'];
  parentId: string | null;
}>;

/** Who holds a post in a union's register today, as other modules decide on it (the semester review, Art. 19-20). */
export type OfficeHolder = Readonly<{ studentId: string; post: Post }>;

/**
 * Facts the staff register decides on, each read from its own stream: the union and its policy, the student, the
 * result; and what other modules may know of the register, from the register's stream.
 */
@Injectable()
export class StaffFacts {
  constructor(
    private readonly organisations: OrganisationFacts,
    private readonly students: StudentFacts,
    private readonly results: ResultFacts,
    private readonly runner: CommandRunner,
  ) {}

  /** Every post held in the union's register now, by student id. */
  async officeHolders(organisationId: string): Promise<OfficeHolder[]> {
    const register = await this.runner.load(staffRegisterStream(organisationId), staffRegisterDecider);
    return Object.entries(register.staff)
      .map(([studentId, post]) => ({ studentId, post }))
      .sort((a, b) => a.studentId.localeCompare(b.studentId));
  }

  /** The union and its caps (Art. 10, 14, 16, 17); a body that is not a union keeps no staff register. */
  async union(organisationId: string): Promise<UnionFact> {
    return (await this.unionRecord(organisationId)).fact;
  }

  /**
   * The union's fact with what the appointments read of it too: its Art. 18 rules and the school union it belongs to
   * (a college union's parent), from one read of its stream.
   */
  async unionRecord(organisationId: string): Promise<UnionRecord> {
    const union = await this.organisations.find(organisationId);
    if ((union?.kind !== 'school-union' && union?.kind !== 'college-union') || !union.policy)
      throw new NotAUnion(`${organisationId} is not a registered student union`, { field: 'organisationId' });
    const { staff, presidiumSeats, departments, staffEligibility } = union.policy;
    return {
      fact: { organisationId, kind: union.kind, caps: { staffMax: staff.max, presidiumSeats, departments } },
      eligibilityRules: staffEligibility,
      parentId: union.parentId,
    };
  }

  /** The student as the registry tells it, with Art. 18 judged by the union's rules; null when not enrolled. */
  async candidate(studentId: string, rules: UnionRecord['eligibilityRules']): Promise<CandidateFact> {
    const candidate = await this.students.staffCandidate(studentId, rules);
    return candidate && { collegeId: candidate.collegeId, eligible: candidate.eligible, checks: candidate.checks };
  }

  /** The organisation a college union belongs to (its school union), from its own stream. */
  async parentOf(organisationId: string): Promise<string | null> {
    return (await this.organisations.find(organisationId))?.parentId ?? null;
  }

  async electedPresidium(electionId: string): Promise<ElectedPresidiumFact> {
    const r = await this.results.result(electionId);
    return { approved: r.approved, organisationId: r.organisationId, office: r.office, elected: r.electedIds };
  }
}
