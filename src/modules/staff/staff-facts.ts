import { Injectable } from '@nestjs/common';
import { type CharterPolicy, OrganisationFacts } from '../organisations/index.js';
import { ResultFacts } from '../results/index.js';
import { StudentFacts } from '../students/index.js';
import type { CandidateFact, ElectedPresidiumFact, UnionFact } from './domain/staff-register.commands.js';
import { NotAUnion } from './staff.errors.js';

export type UnionRecord = Readonly<{
  fact: UnionFact;
  eligibilityRules: CharterPolicy['staffEligibility'];
  parentId: string | null;
}>;

/** Facts the staff register decides on, each read from its own stream: the union and its policy, the student, the result. */
@Injectable()
export class StaffFacts {
  constructor(
    private readonly organisations: OrganisationFacts,
    private readonly students: StudentFacts,
    private readonly results: ResultFacts,
  ) {}

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
