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
/**
 * Art. 17: 学院学生代表大会……召开前须经由学院党委批准、校学生会批复. A college union's congress is convened only after
 * the college party organisation approved it and the school union's reply approved that request.
 */
export class CollegeCongressNotApproved extends DomainError {
  readonly code = 'CONGRESS.COLLEGE_APPROVAL_MISSING';
  readonly kind = 'conflict' as const;
}
/** Art. 17: the approval steps come in order: the party organisation first, then the school union's one reply. */
export class ApprovalStepOutOfOrder extends DomainError {
  readonly code = 'CONGRESS.APPROVAL_STEP_OUT_OF_ORDER';
  readonly kind = 'conflict' as const;
}
/** Art. 17: only a college party organisation (学院党委) approves, and only its own college union's congress. */
export class NotTheCollegePartyOrg extends DomainError {
  readonly code = 'CONGRESS.NOT_THE_COLLEGE_PARTY_ORG';
  readonly kind = 'forbidden' as const;
}
/** Art. 17: only the college union's own school union replies to its request. */
export class NotTheSchoolUnion extends DomainError {
  readonly code = 'CONGRESS.NOT_THE_SCHOOL_UNION';
  readonly kind = 'forbidden' as const;
}
/** Art. 17: an approval states its basis, and a refused reply its reasons. */
export class ApprovalReasonRequired extends DomainError {
  readonly code = 'CONGRESS.APPROVAL_REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
