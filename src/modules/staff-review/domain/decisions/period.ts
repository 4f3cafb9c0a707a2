import { addDays, beijingDate } from '../../../../shared/domain/beijing-date.js';
import { assertNever } from '../../../../shared/domain/decider.js';
import type { AppointPanellists, OpenReviewPeriod, PublishReviewResults } from '../staff-review.commands.js';
import {
  NoOneToReview,
  OutsideReviewMonth,
  ReviewPeriodAlreadyOpened,
  ReviewPeriodNotOpen,
  ReviewSemesterUnknown,
} from '../staff-review.errors.js';
import type { PanellistsAppointed, ReviewPeriodOpened, ReviewResultsPublished } from '../staff-review.events.js';
import { checkedMembers, requireComplete, requireComposition, resultOf } from '../hearing.js';
import { type StaffReview, withHearing } from '../staff-review.state.js';
import { appealHearing } from './appeal.js';

/**
 * 评议办法第三条、第五条: the union opens a semester's review in its last month; the reviewees are the presidium and the
 * department heads in office that day, and the rules are the union's policy of that day, kept with the period.
 */
export function openReviewPeriod({ data, metadata }: OpenReviewPeriod, state: StaffReview): ReviewPeriodOpened {
  if (state.status !== 'NotOpened')
    throw new ReviewPeriodAlreadyOpened(`${data.organisationId} already opened the review of ${data.semester}`);
  if (!data.semesterDates)
    throw new ReviewSemesterUnknown(`${data.semester} is not a semester of the school union’s policy`, {
      field: 'semester',
    });
  const today = beijingDate(metadata.now);
  const { ends } = data.semesterDates;
  const from = addDays(ends, 1 - data.rules.openingDays);
  if (today < from || today > ends)
    throw new OutsideReviewMonth(`The review of ${data.semester} opens from ${from} to ${ends} (评议办法第五条)`, {
      field: 'semester',
    });
  if (data.inOffice.length === 0)
    throw new NoOneToReview(
      `${data.organisationId} has no presidium member or department head in office (评议办法第三条)`,
    );
  return {
    type: 'ReviewPeriodOpened',
    data: {
      organisationId: data.organisationId,
      semester: data.semester,
      semesterEnds: ends,
      reviewees: [...data.inOffice].sort((a, b) => a.studentId.localeCompare(b.studentId)),
      rules: data.rules,
      openedOn: today,
      openedAt: metadata.now,
    },
  };
}

/**
 * 评议办法第二条: panellists join the period's panel until results are published, or a re-review's panel; the panel
 * is checked as it would stand for every reviewee it hears (without the reviewee themselves and those recused).
 */
export function appointPanellists({ data, metadata }: AppointPanellists, state: StaffReview): PanellistsAppointed {
  switch (state.status) {
    case 'NotOpened':
      throw new ReviewPeriodNotOpen('The review period is not open');
    case 'Open':
    case 'Published':
      break;
    default:
      return assertNever(state, 'staff review');
  }
  const { organisationId, semester, rules } = state.period;
  const stage = data.revieweeId === null ? 'review' : 'appeal';
  let hearing;
  let hears: string[];
  if (data.revieweeId === null) {
    if (state.status !== 'Open')
      throw new ReviewPeriodNotOpen('Results are published; panellists join a re-review panel now', {
        field: 'revieweeId',
      });
    hearing = state.review;
    hears = Object.keys(state.period.reviewees);
  } else {
    hearing = appealHearing(state, data.revieweeId, data.members).hearing;
    hears = [data.revieweeId];
  }
  const appointed: PanellistsAppointed = {
    type: 'PanellistsAppointed',
    data: {
      organisationId,
      semester,
      stage,
      revieweeId: data.revieweeId,
      congressId: data.congress?.congressId ?? '',
      members: checkedMembers(hearing, data.members, data.congress, organisationId),
      appointedAt: metadata.now,
    },
  };
  requireComposition(withHearing(hearing, appointed), hears, rules.panel);
  return appointed;
}

/** Issue 11 item 5: every result at once, when every panellist left to score has scored every reviewee. */
export function publishReviewResults({ metadata }: PublishReviewResults, state: StaffReview): ReviewResultsPublished {
  if (state.status !== 'Open')
    throw new ReviewPeriodNotOpen(state.status === 'NotOpened' ? 'The review period is not open' : 'Already published');
  const { organisationId, semester, reviewees, rules } = state.period;
  const ids = Object.keys(reviewees).sort();
  requireComplete(state.review, ids, rules.panel);
  const today = beijingDate(metadata.now);
  return {
    type: 'ReviewResultsPublished',
    data: {
      organisationId,
      semester,
      results: ids.map((id) => resultOf(state.review, id, reviewees[id]!, rules)),
      aggregation: rules.aggregation,
      rounding: rules.rounding,
      decimals: rules.decimals,
      passMark: rules.passMark,
      publishedOn: today,
      appealBy: addDays(today, rules.appealDays),
      publishedAt: metadata.now,
    },
  };
}
