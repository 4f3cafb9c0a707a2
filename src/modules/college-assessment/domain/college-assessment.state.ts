import { assertNever } from '../../../shared/domain/decider.js';
import type { CollegeAssessmentEvent } from './college-assessment.events.js';

/**
 * Where one semester of a college union stands (Art. 17 (5)): reported and awaiting assessment, passed, failed and
 * awaiting its rectification report, or rectified and awaiting re-assessment.
 */
export type SemesterStanding =
  | Readonly<{ status: 'NotReported' }>
  | Readonly<{ status: 'Reported'; schoolUnionId: string; reports: number }>
  | Readonly<{ status: 'Passed'; schoolUnionId: string; round: number }>
  | Readonly<{ status: 'Failed'; schoolUnionId: string; round: number; rectifyBy: string }>
  | Readonly<{ status: 'Rectified'; schoolUnionId: string; round: number; rectifyBy: string; late: boolean }>;

/** A college union's assessments: one stream per college union, each semester's standing in it. */
export type CollegeAssessment = Readonly<{ semesters: Readonly<Record<string, SemesterStanding>> }>;

export const initialCollegeAssessment = (): CollegeAssessment => ({ semesters: {} });

export const standingOf = (state: CollegeAssessment, semester: string): SemesterStanding =>
  state.semesters[semester] ?? { status: 'NotReported' };

const withStanding = (state: CollegeAssessment, semester: string, standing: SemesterStanding): CollegeAssessment => ({
  semesters: { ...state.semesters, [semester]: standing },
});

export function evolveCollegeAssessment(state: CollegeAssessment, event: CollegeAssessmentEvent): CollegeAssessment {
  switch (event.type) {
    case 'CollegeWorkReported': {
      const { semester, schoolUnionId } = event.data;
      const before = standingOf(state, semester);
      const reports = before.status === 'Reported' ? before.reports + 1 : 1;
      return withStanding(state, semester, { status: 'Reported', schoolUnionId, reports });
    }
    case 'CollegeUnionAssessed': {
      const { semester, schoolUnionId, round, outcome, rectifyBy } = event.data;
      return withStanding(
        state,
        semester,
        outcome === 'fail' && rectifyBy !== null
          ? { status: 'Failed', schoolUnionId, round, rectifyBy }
          : { status: 'Passed', schoolUnionId, round },
      );
    }
    case 'CollegeRectificationReported': {
      const { semester, schoolUnionId, round, rectifyBy, late } = event.data;
      return withStanding(state, semester, { status: 'Rectified', schoolUnionId, round, rectifyBy, late });
    }
    default:
      return assertNever(event, 'college assessment event');
  }
}
