import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Sitting, SittingFacts, type SittingRoll } from '../congress/index.js';
import { type CharterPolicy, OrganisationFacts, type RegisteredOrganisation } from '../organisations/index.js';
import { type StaffEligibility, StudentFacts as RegistryFacts, findStudent } from '../students/index.js';
import { NotTheActingBody } from './domain/acting-body.errors.js';
import type { Person } from './domain/person.js';

type Registered = RegisteredOrganisation;

/** The registry's student ids are UUIDs; anything else names no student. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type StudentFacts = Readonly<{ enrolled: boolean; collegeId: string; name: string | null }>;

/**
 * Facts the election's rooms (nominations, voting, results) need of other modules, read for a decision (architecture.md "Write side": facts come in the command), through
 * their facades, which read the organisation, student and sitting streams, never a stale read model; only the
 * name, which the log keeps sealed and no rule decides on, comes from the registry's roster.
 */
@Injectable()
export class ElectionFacts {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationFacts,
    private readonly registry: RegistryFacts,
    private readonly sittings: SittingFacts,
  ) {}

  async organisation(organisationId: string): Promise<Registered | null> {
    return this.organisations.find(organisationId);
  }

  /** The organisation when it is of `kind`; otherwise the step is not this body's to take. */
  async body(organisationId: string, kind: Registered['kind']): Promise<Registered> {
    const found = await this.organisation(organisationId);
    if (found?.kind !== kind) throw new NotTheActingBody(`${organisationId} is not a registered ${kind}`);
    return found;
  }

  /** The college union a college-level body (league or party organisation) belongs to, or null. */
  async collegeOf(organisationId: string, kind: 'college-league-org' | 'college-party-org'): Promise<string | null> {
    const found = await this.organisation(organisationId);
    return found?.kind === kind ? found.parentId : null;
  }

  /** The school union's charter policy (Art. 14 seats, Art. 18 eligibility). */
  async schoolPolicy(organisationId: string): Promise<CharterPolicy> {
    const union = await this.body(organisationId, 'school-union');
    if (!union.policy) throw new NotTheActingBody(`${organisationId} has no charter policy`);
    return union.policy;
  }

  async student(studentId: string): Promise<StudentFacts | null> {
    const student = await this.registry.student(studentId);
    if (!student) return null;
    const roster = UUID.test(studentId) ? await findStudent(this.db, studentId) : undefined;
    return { enrolled: student.enrolled, collegeId: student.collegeId, name: roster?.name ?? null };
  }

  /** Art. 18 for one student under the union's policy, every rule explained; null when the student is not enrolled. */
  async eligibility(studentId: string, policy: CharterPolicy): Promise<StaffEligibility | null> {
    return this.registry.staffEligibility(studentId, policy.staffEligibility);
  }

  /** Who a write-in may name (另选他人 "another eligible person"): of the persons written in, those eligible under Art. 18. */
  async eligibleWriteIns(personIds: readonly string[], policy: CharterPolicy): Promise<Person[]> {
    const eligible: Person[] = [];
    for (const personId of new Set(personIds)) {
      const check = await this.eligibility(personId, policy);
      const name = check?.eligible ? (await this.student(personId))?.name : null;
      if (name) eligible.push({ personId, name });
    }
    return eligible;
  }

  sitting(sittingId: string): Promise<Sitting> {
    return this.sittings.sitting(sittingId);
  }

  /** The sitting's roll for a round (Art. 8): its congress, whether it sits, the elected and those present. */
  sittingRoll(sittingId: string): Promise<SittingRoll> {
    return this.sittings.roll(sittingId);
  }
}
