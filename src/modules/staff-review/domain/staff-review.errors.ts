import { DomainError } from '../../../shared/domain/domain-error.js';

/** The semester is one of the school union's policy (`collegeAssessment.semesters`), named like `2026-autumn`. */
export class ReviewSemesterUnknown extends DomainError {
  readonly code = 'REVIEW.SEMESTER_UNKNOWN';
  readonly kind = 'invalid' as const;
}
/** 评议办法第五条: 述职评议时间一般在每学期的最后一个月: a period opens within the policy's last days of the semester. */
export class OutsideReviewMonth extends DomainError {
  readonly code = 'REVIEW.OUTSIDE_REVIEW_MONTH';
  readonly kind = 'invalid' as const;
}
/** One review period per union and semester. */
export class ReviewPeriodAlreadyOpened extends DomainError {
  readonly code = 'REVIEW.ALREADY_OPENED';
  readonly kind = 'conflict' as const;
}
/** 评议办法第三条: the reviewees are the presidium and department heads in office; a union with none has no review. */
export class NoOneToReview extends DomainError {
  readonly code = 'REVIEW.NO_ONE_TO_REVIEW';
  readonly kind = 'conflict' as const;
}
export class ReviewPeriodNotOpen extends DomainError {
  readonly code = 'REVIEW.PERIOD_NOT_OPEN';
  readonly kind = 'conflict' as const;
}
/** 评议办法第二条: 以学生代表为主，校党委学生工作部、校团委组成, with the policy's minimum size. */
export class PanelCompositionBroken extends DomainError {
  readonly code = 'REVIEW.PANEL_COMPOSITION';
  readonly kind = 'invalid' as const;
}
/** A delegate on the panel is a seated delegate of the union's congress; each member is named once. */
export class PanellistNotEligible extends DomainError {
  readonly code = 'REVIEW.PANELLIST_NOT_ELIGIBLE';
  readonly kind = 'invalid' as const;
}
/** Issue 11 item 7: a re-review is heard by a panel without the original panellists. */
export class AppealPanelNotIndependent extends DomainError {
  readonly code = 'REVIEW.APPEAL_PANEL_NOT_INDEPENDENT';
  readonly kind = 'invalid' as const;
}
export class RevieweeUnknown extends DomainError {
  readonly code = 'REVIEW.REVIEWEE_UNKNOWN';
  readonly kind = 'not-found' as const;
}
/** Only a member of the hearing's panel scores or declares a conflict in it. */
export class NotOnThePanel extends DomainError {
  readonly code = 'REVIEW.NOT_ON_THE_PANEL';
  readonly kind = 'forbidden' as const;
}
/** Nobody scores themselves. */
export class SelfScoring extends DomainError {
  readonly code = 'REVIEW.SELF_SCORING';
  readonly kind = 'forbidden' as const;
}
/** A recused panellist does not score the reviewee they declared a conflict with. */
export class PanellistRecusedFromReviewee extends DomainError {
  readonly code = 'REVIEW.RECUSED';
  readonly kind = 'forbidden' as const;
}
/** Each panellist scores each reviewee once; a conflict is declared before scoring, not after. */
export class AlreadyScored extends DomainError {
  readonly code = 'REVIEW.ALREADY_SCORED';
  readonly kind = 'conflict' as const;
}
/** 评议办法第七条至第十二条: a score for every item of the rubric, none for an item it lacks, at most one decimal. */
export class ScoreSheetInvalid extends DomainError {
  readonly code = 'REVIEW.SCORE_SHEET_INVALID';
  readonly kind = 'invalid' as const;
}
/** 评议办法第七条至第十二条: an item scores at most its maximum. */
export class ScoreAboveMaximum extends DomainError {
  readonly code = 'REVIEW.SCORE_ABOVE_MAXIMUM';
  readonly kind = 'invalid' as const;
}
/** Results are published together once every panellist has scored every reviewee they were not recused from. */
export class ScoresOutstanding extends DomainError {
  readonly code = 'REVIEW.SCORES_OUTSTANDING';
  readonly kind = 'conflict' as const;
}
export class ResultsNotPublished extends DomainError {
  readonly code = 'REVIEW.NOT_PUBLISHED';
  readonly kind = 'conflict' as const;
}
/** The reviewee asks for their own re-review. */
export class AppealNotByReviewee extends DomainError {
  readonly code = 'REVIEW.APPEAL_NOT_BY_REVIEWEE';
  readonly kind = 'forbidden' as const;
}
/** A re-review is asked for within the policy's days after publication. */
export class AppealDeadlinePassed extends DomainError {
  readonly code = 'REVIEW.APPEAL_DEADLINE_PASSED';
  readonly kind = 'conflict' as const;
}
/** One re-review per reviewee and period. */
export class AppealAlreadyFiled extends DomainError {
  readonly code = 'REVIEW.APPEAL_ALREADY_FILED';
  readonly kind = 'conflict' as const;
}
export class NoAppealPending extends DomainError {
  readonly code = 'REVIEW.NO_APPEAL_PENDING';
  readonly kind = 'conflict' as const;
}
/** A re-review and a request for it state their reasons; a conflict is declared with what it is. */
export class ReasonRequired extends DomainError {
  readonly code = 'REVIEW.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
/** Art. 20: the union decides on a post whose result is below the pass mark, once. */
export class NoPostDecisionDue extends DomainError {
  readonly code = 'REVIEW.NO_DECISION_DUE';
  readonly kind = 'conflict' as const;
}
/** The union decides after the reviewee's chance of a re-review: once the deadline passed or the re-review is decided. */
export class AppealStillPossible extends DomainError {
  readonly code = 'REVIEW.APPEAL_STILL_POSSIBLE';
  readonly kind = 'conflict' as const;
}
/** A post is decided on while its holder is in office; one who left has nothing to keep or remove. */
export class RevieweeNotInOffice extends DomainError {
  readonly code = 'REVIEW.NOT_IN_OFFICE';
  readonly kind = 'conflict' as const;
}
