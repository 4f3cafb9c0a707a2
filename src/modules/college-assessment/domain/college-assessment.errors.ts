import { DomainError } from '../../../shared/domain/domain-error.js';

/** Art. 17 (5) is about college unions: only a college union under a school union reports and is assessed. */
export class NotACollegeUnion extends DomainError {
  readonly code = 'ASSESSMENT.NOT_A_COLLEGE_UNION';
  readonly kind = 'invalid' as const;
}
/** The semester is one of the school union's policy (`collegeAssessment.semesters`), named `2026-autumn`. */
export class SemesterUnknown extends DomainError {
  readonly code = 'ASSESSMENT.SEMESTER_UNKNOWN';
  readonly kind = 'invalid' as const;
}
/** A semester's work is reported once the semester has begun. */
export class SemesterNotStarted extends DomainError {
  readonly code = 'ASSESSMENT.SEMESTER_NOT_STARTED';
  readonly kind = 'invalid' as const;
}
/** Once assessed, the semester is answered by a rectification (if it failed), not by another work report. */
export class SemesterAlreadyAssessed extends DomainError {
  readonly code = 'ASSESSMENT.ALREADY_ASSESSED';
  readonly kind = 'conflict' as const;
}
/** Art. 17 (5): the school union assesses a report, or re-assesses after a rectification report; nothing else. */
export class NothingToAssess extends DomainError {
  readonly code = 'ASSESSMENT.NOTHING_TO_ASSESS';
  readonly kind = 'conflict' as const;
}
/** Art. 17 (5): the college union's own school union assesses it. */
export class NotTheSchoolUnion extends DomainError {
  readonly code = 'ASSESSMENT.NOT_THE_SCHOOL_UNION';
  readonly kind = 'forbidden' as const;
}
/** Art. 17 (5): a failing assessment says what is wrong, so the union knows what to rectify. */
export class FindingsRequired extends DomainError {
  readonly code = 'ASSESSMENT.FINDINGS_REQUIRED';
  readonly kind = 'invalid' as const;
}
/** Art. 17 (5) 限期整改: a fail sets a deadline after the assessment day; a pass sets none. */
export class RectificationDeadlineInvalid extends DomainError {
  readonly code = 'ASSESSMENT.RECTIFICATION_DEADLINE_INVALID';
  readonly kind = 'invalid' as const;
}
/** Art. 17 (5): a rectification answers a failing assessment that has not been answered yet. */
export class NoRectificationDue extends DomainError {
  readonly code = 'ASSESSMENT.NO_RECTIFICATION_DUE';
  readonly kind = 'conflict' as const;
}
/** A report, meeting or written, says what was done. */
export class SummaryRequired extends DomainError {
  readonly code = 'ASSESSMENT.SUMMARY_REQUIRED';
  readonly kind = 'invalid' as const;
}
