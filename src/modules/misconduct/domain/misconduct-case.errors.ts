import { DomainError } from '../../../shared/domain/domain-error.js';

/** Art. 21 concerns the union's staff: the reported person holds a post in the union's register. */
export class NotStaffOfTheUnion extends DomainError {
  readonly code = 'MISCONDUCT.NOT_STAFF';
  readonly kind = 'invalid' as const;
}
/** A report states the facts; a decision and an appeal state their reasons or grounds. */
export class FactsRequired extends DomainError {
  readonly code = 'MISCONDUCT.FACTS_REQUIRED';
  readonly kind = 'invalid' as const;
}
/** A person does not report themselves, and does not name the reported person as merely conflicted. */
export class ReportInvalid extends DomainError {
  readonly code = 'MISCONDUCT.REPORT_INVALID';
  readonly kind = 'invalid' as const;
}
export class CaseAlreadyReported extends DomainError {
  readonly code = 'MISCONDUCT.ALREADY_REPORTED';
  readonly kind = 'conflict' as const;
}
/** Answered also to whoever may not read the case, so that its existence does not leak. */
export class CaseNotFound extends DomainError {
  readonly code = 'MISCONDUCT.CASE_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
/** Art. 21: the Youth League committee investigates and decides, never a member the reporter named as conflicted. */
export class NotAnImpartialMember extends DomainError {
  readonly code = 'MISCONDUCT.CONFLICTED';
  readonly kind = 'forbidden' as const;
}
/** Only the reported person gives their statement and appeals. */
export class NotTheReportedPerson extends DomainError {
  readonly code = 'MISCONDUCT.NOT_THE_REPORTED_PERSON';
  readonly kind = 'forbidden' as const;
}
/** Each step in its order: findings and the statement while investigating, then the decision, then one appeal. */
export class StepOutOfOrder extends DomainError {
  readonly code = 'MISCONDUCT.STEP_OUT_OF_ORDER';
  readonly kind = 'conflict' as const;
}
/** A decision rests on findings: the investigation records them first. */
export class FindingsMissing extends DomainError {
  readonly code = 'MISCONDUCT.FINDINGS_MISSING';
  readonly kind = 'conflict' as const;
}
/** A referral names the body it goes to; no other outcome does. */
export class ReferralInvalid extends DomainError {
  readonly code = 'MISCONDUCT.REFERRAL_INVALID';
  readonly kind = 'invalid' as const;
}
/** The reported person may appeal once, against a decision that is not "no case". */
export class AppealNotAllowed extends DomainError {
  readonly code = 'MISCONDUCT.APPEAL_NOT_ALLOWED';
  readonly kind = 'conflict' as const;
}
