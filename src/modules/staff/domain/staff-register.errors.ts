import { DomainError } from '../../../shared/domain/domain-error.js';

/** Broken rules of the staff register (Art. 10, 14, 16-18; issue 11). */

/** Art. 10, 16: the union has at most its policy's number of departments. */
export class DepartmentCapReached extends DomainError {
  readonly code = 'STAFF.DEPARTMENT_CAP_REACHED';
  readonly kind = 'conflict' as const;
}
export class DepartmentInvalid extends DomainError {
  readonly code = 'STAFF.DEPARTMENT_INVALID';
  readonly kind = 'invalid' as const;
}
export class DepartmentNotFound extends DomainError {
  readonly code = 'STAFF.DEPARTMENT_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class DepartmentNotEmpty extends DomainError {
  readonly code = 'STAFF.DEPARTMENT_NOT_EMPTY';
  readonly kind = 'conflict' as const;
}
/** Art. 10, 17: at most the policy's number of staff (school 40; a college union 20-30). */
export class StaffCapReached extends DomainError {
  readonly code = 'STAFF.CAP_REACHED';
  readonly kind = 'conflict' as const;
}
/** Art. 18: staff are CPC or CYL members, in the top 30% of their major, with no failed course. */
export class StaffNotEligible extends DomainError {
  readonly code = 'STAFF.NOT_ELIGIBLE';
  readonly kind = 'invalid' as const;
}
/** Art. 17: a college union's staff are students of its college. */
export class NotOfThisCollege extends DomainError {
  readonly code = 'STAFF.NOT_OF_THIS_COLLEGE';
  readonly kind = 'invalid' as const;
}
export class AlreadyStaff extends DomainError {
  readonly code = 'STAFF.ALREADY_STAFF';
  readonly kind = 'conflict' as const;
}
export class NotStaff extends DomainError {
  readonly code = 'STAFF.NOT_STAFF';
  readonly kind = 'not-found' as const;
}
export class DepartmentHeadTaken extends DomainError {
  readonly code = 'STAFF.DEPARTMENT_HEAD_TAKEN';
  readonly kind = 'conflict' as const;
}
/** Art. 14: the presidium is elected by the congress; nobody is appointed to it by hand. */
export class PresidiumIsElected extends DomainError {
  readonly code = 'STAFF.PRESIDIUM_IS_ELECTED';
  readonly kind = 'invalid' as const;
}
export class ElectionResultNotApproved extends DomainError {
  readonly code = 'STAFF.ELECTION_RESULT_NOT_APPROVED';
  readonly kind = 'conflict' as const;
}
/** Art. 14: at most the policy's presidium seats. */
export class PresidiumCapExceeded extends DomainError {
  readonly code = 'STAFF.PRESIDIUM_CAP_EXCEEDED';
  readonly kind = 'conflict' as const;
}
/** Art. 17 (1): the filing of a college union's presidium, and its acknowledgement by the school union. */
export class CollegeFilingInvalid extends DomainError {
  readonly code = 'STAFF.COLLEGE_FILING_INVALID';
  readonly kind = 'invalid' as const;
}
export class NotTheSchoolUnion extends DomainError {
  readonly code = 'STAFF.NOT_THE_SCHOOL_UNION';
  readonly kind = 'forbidden' as const;
}
export class RotationInvalid extends DomainError {
  readonly code = 'STAFF.ROTATION_INVALID';
  readonly kind = 'invalid' as const;
}
export class RemovalReasonRequired extends DomainError {
  readonly code = 'STAFF.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
