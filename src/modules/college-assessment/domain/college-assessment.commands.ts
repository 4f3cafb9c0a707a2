import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Outcome, ReportForm } from './college-assessment.events.js';
import type { SemesterRule } from './semesters.js';

/**
 * A college union as the assessment decides on it, from the organisations' streams: its school union and that
 * union's policy in force (Art. 17 (5)); null when the organisation is not a college union under a school union.
 */
export type CollegeFact = Readonly<{
  collegeId: string;
  schoolUnionId: string;
  semesters: readonly SemesterRule[];
  rectificationDays: number;
}> | null;

export type ReportCollegeWork = DomainCommand<
  'ReportCollegeWork',
  { organisationId: string; college: CollegeFact; semester: string; form: ReportForm; summary: string }
>;

/** `schoolUnionId`: the union assessing; `rectifyBy` of a fail defaults to the policy's days after today. */
export type AssessCollegeUnion = DomainCommand<
  'AssessCollegeUnion',
  {
    organisationId: string;
    schoolUnionId: string;
    college: CollegeFact;
    semester: string;
    outcome: Outcome;
    findings: readonly string[];
    rectifyBy: string | null;
  }
>;

export type ReportCollegeRectification = DomainCommand<
  'ReportCollegeRectification',
  { organisationId: string; semester: string; summary: string }
>;

export type CollegeAssessmentCommand = ReportCollegeWork | AssessCollegeUnion | ReportCollegeRectification;
