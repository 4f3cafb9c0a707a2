import { DomainError } from '../../../shared/domain/domain-error.js';

export class StudentNotFound extends DomainError {
  readonly code = 'STUDENTS.NOT_FOUND';
  readonly kind = 'not-found' as const;
}

/** Eligibility and the congress's counts concern members, and only enrolled students are members (Art. 4). */
export class StudentNotEnrolled extends DomainError {
  readonly code = 'STUDENTS.NOT_ENROLLED';
  readonly kind = 'conflict' as const;
}

/** An erased student's stream is closed: a returning student is enrolled again under a new id. */
export class StudentErased extends DomainError {
  readonly code = 'STUDENTS.ERASED';
  readonly kind = 'conflict' as const;
}

export class StudentRecordInvalid extends DomainError {
  readonly code = 'STUDENTS.RECORD_INVALID';
  readonly kind = 'invalid' as const;
}

/** The student number identifies the student: a row with another number is another student. */
export class StudentNumberMismatch extends DomainError {
  readonly code = 'STUDENTS.NUMBER_MISMATCH';
  readonly kind = 'conflict' as const;
}

export class RollImportInvalid extends DomainError {
  readonly code = 'STUDENTS.ROLL_IMPORT_INVALID';
  readonly kind = 'invalid' as const;
}

/** Eligibility is judged by an organisation's charter policy (Art. 18 numbers); oversight bodies carry none. */
export class EligibilityPolicyMissing extends DomainError {
  readonly code = 'STUDENTS.ELIGIBILITY_POLICY_MISSING';
  readonly kind = 'not-found' as const;
}
