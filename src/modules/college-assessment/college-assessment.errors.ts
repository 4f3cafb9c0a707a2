import { DomainError } from '../../shared/domain/domain-error.js';

/** Art. 17 (5): college unions report to, and are assessed by, a school union; the semesters are its policy. */
export class NotASchoolUnion extends DomainError {
  readonly code = 'ASSESSMENT.NOT_A_SCHOOL_UNION';
  readonly kind = 'not-found' as const;
}
