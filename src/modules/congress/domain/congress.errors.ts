import { DomainError } from '../../../shared/domain/domain-error.js';

export class CongressAlreadyConvened extends DomainError {
  readonly code = 'CONGRESS.ALREADY_CONVENED';
  readonly kind = 'conflict' as const;
}
/** Art. 8: 学生代表大会每年召开一次. A second congress in the same year is only an extraordinary one. */
export class CongressAlreadyHeldThisYear extends DomainError {
  readonly code = 'CONGRESS.ALREADY_HELD_THIS_YEAR';
  readonly kind = 'conflict' as const;
}
export class ExtraordinaryReasonRequired extends DomainError {
  readonly code = 'CONGRESS.EXTRAORDINARY_REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
export class CongressNotConvened extends DomainError {
  readonly code = 'CONGRESS.NOT_CONVENED';
  readonly kind = 'not-found' as const;
}
/** Delegate notice: seats cover every college with at least the minimum, and at least 1% of students. */
export class SeatTargetTooLow extends DomainError {
  readonly code = 'CONGRESS.SEAT_TARGET_TOO_LOW';
  readonly kind = 'invalid' as const;
}
export class NoCollegesToAllocate extends DomainError {
  readonly code = 'CONGRESS.NO_COLLEGES';
  readonly kind = 'invalid' as const;
}
export class StudentNotEnrolled extends DomainError {
  readonly code = 'DELEGATE.STUDENT_NOT_ENROLLED';
  readonly kind = 'invalid' as const;
}
/** Delegates are recommended by class league branches for their own college's seats. */
export class StudentNotInCollege extends DomainError {
  readonly code = 'DELEGATE.STUDENT_NOT_IN_COLLEGE';
  readonly kind = 'invalid' as const;
}
export class BranchNotInCollege extends DomainError {
  readonly code = 'DELEGATE.BRANCH_NOT_IN_COLLEGE';
  readonly kind = 'forbidden' as const;
}
export class CollegeHasNoSeats extends DomainError {
  readonly code = 'DELEGATE.COLLEGE_HAS_NO_SEATS';
  readonly kind = 'invalid' as const;
}
export class AlreadyPutForward extends DomainError {
  readonly code = 'DELEGATE.ALREADY_PUT_FORWARD';
  readonly kind = 'conflict' as const;
}
export class DelegateNotFound extends DomainError {
  readonly code = 'DELEGATE.NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class DelegateStepOutOfOrder extends DomainError {
  readonly code = 'DELEGATE.STEP_OUT_OF_ORDER';
  readonly kind = 'conflict' as const;
}
export class NoSeatAvailable extends DomainError {
  readonly code = 'DELEGATE.NO_SEAT_AVAILABLE';
  readonly kind = 'conflict' as const;
}
export class ReplacementNotVacant extends DomainError {
  readonly code = 'DELEGATE.REPLACEMENT_NOT_VACANT';
  readonly kind = 'invalid' as const;
}
export class ReasonRequired extends DomainError {
  readonly code = 'DELEGATE.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
export class VoteRecordInconsistent extends DomainError {
  readonly code = 'DELEGATE.VOTE_RECORD_INCONSISTENT';
  readonly kind = 'invalid' as const;
}
/** A union acts only on its own congress, and a college union only on its own college's delegates. */
export class NotOwnCongress extends DomainError {
  readonly code = 'CONGRESS.NOT_OWN_CONGRESS';
  readonly kind = 'forbidden' as const;
}
export class NotOwnDelegate extends DomainError {
  readonly code = 'DELEGATE.NOT_OWN_DELEGATE';
  readonly kind = 'forbidden' as const;
}
