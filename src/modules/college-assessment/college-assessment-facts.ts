import { Injectable } from '@nestjs/common';
import { OrganisationFacts } from '../organisations/index.js';
import type { CollegeFact } from './domain/college-assessment.commands.js';
import type { SemesterRule } from './domain/semesters.js';

/**
 * What the assessment decides on, and what other modules may know of it (a semester review follows the same
 * semesters), each from its own stream: the college union, its school union and that union's policy in force (Art. 17 (5)).
 */
@Injectable()
export class CollegeAssessmentFacts {
  constructor(private readonly organisations: OrganisationFacts) {}

  /** The college union with its school union's semesters and rectification days; null for any other body. */
  async college(collegeId: string): Promise<CollegeFact> {
    const college = await this.organisations.find(collegeId);
    if (college?.kind !== 'college-union' || !college.parentId) return null;
    const rules = await this.rulesOf(college.parentId);
    return rules && { collegeId, schoolUnionId: college.parentId, ...rules };
  }

  /** The school union's semester rules and rectification days (its policy in force); null when it is no school union. */
  async rulesOf(
    schoolUnionId: string,
  ): Promise<Readonly<{ semesters: readonly SemesterRule[]; rectificationDays: number }> | null> {
    const school = await this.organisations.find(schoolUnionId);
    if (school?.kind !== 'school-union') return null;
    const policy = this.organisations.policyInForce(school)?.collegeAssessment;
    return policy ? { semesters: policy.semesters, rectificationDays: policy.rectificationDays } : null;
  }
}
