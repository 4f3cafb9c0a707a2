import { Injectable } from '@nestjs/common';
import { OrganisationFacts } from '../organisations/index.js';
import { ResultFacts } from '../results/index.js';
import { StudentFacts } from '../students/index.js';
import type { CandidateFact, ElectedPresidiumFact, UnionFact } from './domain/staff-register.commands.js';
import { NotAUnion } from './staff.errors.js';

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
    const union = await this.organisations.find(organisationId);
    if ((union?.kind !== 'school-union' && union?.kind !== 'college-union') || !union.policy)
      throw new NotAUnion(`${organisationId} is not a registered student union`, { field: 'organisationId' });
    const { staff, presidiumSeats, departments } = union.policy;
    return { organisationId, kind: union.kind, caps: { staffMax: staff.max, presidiumSeats, departments } };
  }

  async candidate(studentId: string, union: string): Promise<CandidateFact> {
    const policy = (await this.organisations.find(union))?.policy;
    const [student, eligibility] = await Promise.all([
      this.students.student(studentId),
      policy ? this.students.staffEligibility(studentId, policy.staffEligibility) : Promise.resolve(null),
    ]);
    if (!student?.enrolled || !eligibility) return null;
    return { collegeId: student.collegeId, eligible: eligibility.eligible, checks: eligibility.checks };
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
