import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { CollegeAssessmentFacts, semesterOf } from '../college-assessment/index.js';
import { CongressFacts } from '../congress/index.js';
import { OrganisationFacts } from '../organisations/index.js';
import { StaffRegisterFacts } from '../staff/index.js';
import type { OpenReviewPeriod, PanelCongressFact } from './domain/staff-review.commands.js';
import { reviewPeriodId, staffReviewDecider, staffReviewStream } from './domain/staff-review.decide.js';
import type { Reviewee } from './domain/staff-review.events.js';
import type { StaffReview } from './domain/staff-review.state.js';
import { NotAReviewingUnion } from './staff-review.errors.js';

/**
 * What the semester review decides on, each from its own stream: the union's review rules in force, the semester's
 * dates (the school union's semesters, which its college unions follow), the posts in the staff register, and the
 * congress whose delegates sit on the panel.
 */
@Injectable()
export class StaffReviewFacts {
  constructor(
    private readonly organisations: OrganisationFacts,
    private readonly assessment: CollegeAssessmentFacts,
    private readonly staff: StaffRegisterFacts,
    private readonly congresses: CongressFacts,
    private readonly runner: CommandRunner,
  ) {}

  /** The union's rules and the semester's dates; a body that is not a union holds no review. */
  async opening(
    organisationId: string,
    semester: string,
  ): Promise<Pick<OpenReviewPeriod['data'], 'rules' | 'semesterDates'>> {
    const union = await this.requireUnion(organisationId);
    const policy = this.organisations.policyInForce(union);
    if (!policy?.staffReview)
      throw new NotAReviewingUnion(`${organisationId} is not a registered student union`, { field: 'organisationId' });
    const schoolId = union.kind === 'school-union' ? organisationId : union.parentId;
    const calendar = schoolId ? await this.assessment.rulesOf(schoolId) : null;
    const dates = calendar && semesterOf(calendar.semesters, semester);
    return { rules: policy.staffReview, semesterDates: dates && { starts: dates.starts, ends: dates.ends } };
  }

  /** Refuses a body that is not a registered union (school or college): it holds no review. */
  async requireUnion(organisationId: string) {
    const union = await this.organisations.find(organisationId);
    if (union?.kind !== 'school-union' && union?.kind !== 'college-union')
      throw new NotAReviewingUnion(`${organisationId} is not a registered student union`, { field: 'organisationId' });
    return union;
  }

  /** 评议办法第三条: the presidium members and department heads in office now, from the staff register. */
  async reviewees(organisationId: string): Promise<Reviewee[]> {
    return (await this.staff.officeHolders(organisationId)).flatMap(({ studentId, post }): Reviewee[] => {
      if (post.kind === 'presidium') return [{ studentId, post: { kind: 'presidium' } }];
      return post.role === 'head'
        ? [{ studentId, post: { kind: 'department-head', departmentId: post.departmentId } }]
        : [];
    });
  }

  async holdsPost(organisationId: string, studentId: string): Promise<boolean> {
    return (await this.staff.officeHolders(organisationId)).some((h) => h.studentId === studentId);
  }

  async congress(congressId: string | null): Promise<PanelCongressFact> {
    if (!congressId) return null;
    const congress = await this.congresses.congress(congressId);
    return congress.status === 'Convened'
      ? { congressId, organisationId: congress.organisationId, seatedDelegateIds: congress.seatedDelegateIds }
      : null;
  }

  /** The period as its own stream tells it. */
  async period(organisationId: string, semester: string): Promise<StaffReview> {
    return this.runner.load(staffReviewStream(reviewPeriodId(organisationId, semester)), staffReviewDecider);
  }
}
