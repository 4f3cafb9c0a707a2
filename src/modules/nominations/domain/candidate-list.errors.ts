import { DomainError } from '../../../shared/domain/domain-error.js';

/** Broken rules of the candidate pipeline (domain.md "Presidium election", steps 1-4). */

export class NominationsNotOpen extends DomainError {
  readonly code = 'CANDIDACY.NOMINATIONS_NOT_OPEN';
  readonly kind = 'not-found' as const;
}

/** Art. 8 (4): the seats of the federation's congress are the federation's allotment, stated when nominations open. */
export class NominationSeatsRequired extends DomainError {
  readonly code = 'CANDIDACY.SEATS_REQUIRED';
  readonly kind = 'invalid' as const;
}

export class NominationsAlreadyOpen extends DomainError {
  readonly code = 'CANDIDACY.NOMINATIONS_ALREADY_OPEN';
  readonly kind = 'conflict' as const;
}

/** Art. 14: the presidium elected by the Student Congress is the school union's. */
export class NotASchoolUnion extends DomainError {
  readonly code = 'CANDIDACY.NOT_A_SCHOOL_UNION';
  readonly kind = 'invalid' as const;
}

export class CandidateListAlreadyConfirmed extends DomainError {
  readonly code = 'CANDIDACY.LIST_ALREADY_CONFIRMED';
  readonly kind = 'conflict' as const;
}

/** Art. 4-6: only members (enrolled students) stand. */
export class CandidateNotEnrolled extends DomainError {
  readonly code = 'CANDIDACY.STUDENT_NOT_ENROLLED';
  readonly kind = 'invalid' as const;
}

/** domain.md steps 1-2: the league and party organisations act for students of their own college only. */
export class NotOwnCollege extends DomainError {
  readonly code = 'CANDIDACY.NOT_OWN_COLLEGE';
  readonly kind = 'forbidden' as const;
}

export class AlreadyRecommended extends DomainError {
  readonly code = 'CANDIDACY.ALREADY_RECOMMENDED';
  readonly kind = 'conflict' as const;
}

/** domain.md step 1: the candidate fills a résumé. */
export class ResumeRequired extends DomainError {
  readonly code = 'CANDIDACY.RESUME_REQUIRED';
  readonly kind = 'invalid' as const;
}

/** The ballot prints the registry's name; an erased or unnamed record cannot stand. */
export class CandidateNameUnavailable extends DomainError {
  readonly code = 'CANDIDACY.NAME_UNAVAILABLE';
  readonly kind = 'invalid' as const;
}

export class CandidateNotFound extends DomainError {
  readonly code = 'CANDIDACY.CANDIDATE_NOT_FOUND';
  readonly kind = 'not-found' as const;
}

/** Each step follows the one before it (domain.md: steps 1-4 in order). */
export class StepOutOfOrder extends DomainError {
  readonly code = 'CANDIDACY.STEP_OUT_OF_ORDER';
  readonly kind = 'conflict' as const;
}

/** A refusal is a recorded decision and carries its reason. */
export class RefusalReasonRequired extends DomainError {
  readonly code = 'CANDIDACY.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}

/** domain.md step 3: the review is by student affairs and the Youth League committee, no one else. */
export class ReviewerNotRecognised extends DomainError {
  readonly code = 'CANDIDACY.REVIEWER_NOT_RECOGNISED';
  readonly kind = 'forbidden' as const;
}

/** Art. 18: no interview sign-off before the candidate was found eligible. */
export class EligibilityNotEstablished extends DomainError {
  readonly code = 'CANDIDACY.ELIGIBILITY_NOT_ESTABLISHED';
  readonly kind = 'conflict' as const;
}

export class AlreadySignedOff extends DomainError {
  readonly code = 'CANDIDACY.ALREADY_SIGNED_OFF';
  readonly kind = 'conflict' as const;
}

/** The party committee strikes only candidates who reached it (cleared at step 3). */
export class ExclusionNotAllowed extends DomainError {
  readonly code = 'CANDIDACY.EXCLUSION_NOT_ALLOWED';
  readonly kind = 'invalid' as const;
}

/** domain.md: a competitive election (差额选举) needs more candidates than seats. */
export class CandidateListNotCompetitive extends DomainError {
  readonly code = 'CANDIDACY.LIST_NOT_COMPETITIVE';
  readonly kind = 'invalid' as const;
}
