import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { appealHearing, decideReviewAppeal, fileReviewAppeal } from './decisions/appeal.js';
import { appointPanellists, openReviewPeriod, publishReviewResults } from './decisions/period.js';
import { decidePost } from './decisions/post.js';
import { recuse, score } from './hearing.js';
import type { StaffReviewCommand } from './staff-review.commands.js';
import { ReviewPeriodNotOpen } from './staff-review.errors.js';
import type { StaffReviewEvent } from './staff-review.events.js';
import { evolveStaffReview, initialStaffReview, type StaffReview } from './staff-review.state.js';

/** The hearing a panellist acts in: the period's panel while it is open, a re-review's panel after publication. */
function hearingFor(state: StaffReview, revieweeId: string) {
  switch (state.status) {
    case 'NotOpened':
      throw new ReviewPeriodNotOpen('The review period is not open');
    case 'Open':
      return { period: state.period, stage: 'review' as const, hearing: state.review };
    case 'Published':
      return { period: state.period, stage: 'appeal' as const, hearing: appealHearing(state, revieweeId).hearing };
    default:
      return assertNever(state, 'staff review');
  }
}

export function decideStaffReview(
  command: StaffReviewCommand,
  state: StaffReview,
): StaffReviewEvent | StaffReviewEvent[] {
  switch (command.type) {
    case 'OpenReviewPeriod':
      return openReviewPeriod(command, state);
    case 'AppointPanellists':
      return appointPanellists(command, state);
    case 'DeclareConflict':
      return recuse(hearingFor(state, command.data.revieweeId), command);
    case 'SubmitScore':
      return score(hearingFor(state, command.data.revieweeId), command);
    case 'PublishReviewResults':
      return publishReviewResults(command, state);
    case 'FileReviewAppeal':
      return fileReviewAppeal(command, state);
    case 'DecideReviewAppeal':
      return decideReviewAppeal(command, state);
    case 'DecidePost':
      return decidePost(command, state);
    default:
      return assertNever(command, 'staff review command');
  }
}

export const staffReviewDecider: Decider<StaffReview, StaffReviewCommand, StaffReviewEvent> = {
  decide: decideStaffReview,
  evolve: evolveStaffReview,
  initialState: initialStaffReview,
};

/** One stream per union and semester: `reviewPeriodId(organisationId, semester)`. */
export const staffReviewStream = (periodId: string) => `staff-review-${periodId}`;
export const reviewPeriodId = (organisationId: string, semester: string) => `${organisationId}.${semester}`;
