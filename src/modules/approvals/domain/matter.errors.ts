import { DomainError } from '../../../shared/domain/domain-error.js';

/** Art. 12: matters are submitted by a registered union, under its policy's matter types. */
export class NotAUnion extends DomainError {
  readonly code = 'APPROVALS.NOT_A_UNION';
  readonly kind = 'not-found' as const;
}
/** The matter type is one of the union's policy (`approvals.matterTypes`). */
export class MatterTypeUnknown extends DomainError {
  readonly code = 'APPROVALS.MATTER_TYPE_UNKNOWN';
  readonly kind = 'invalid' as const;
}
/** The matter type names the roles that may submit it. */
export class NotASubmitter extends DomainError {
  readonly code = 'APPROVALS.NOT_A_SUBMITTER';
  readonly kind = 'forbidden' as const;
}
/** A submission includes every kind of document its matter type requires. */
export class DocumentsMissing extends DomainError {
  readonly code = 'APPROVALS.DOCUMENTS_MISSING';
  readonly kind = 'invalid' as const;
}
/** A matter says what it is. */
export class TitleRequired extends DomainError {
  readonly code = 'APPROVALS.TITLE_REQUIRED';
  readonly kind = 'invalid' as const;
}
export class MatterAlreadySubmitted extends DomainError {
  readonly code = 'APPROVALS.MATTER_ALREADY_SUBMITTED';
  readonly kind = 'conflict' as const;
}
export class MatterNotFound extends DomainError {
  readonly code = 'APPROVALS.MATTER_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
/** Art. 12: a step is decided by its body (or, once escalated, by the escalation body), in the chain's order. */
export class NotTheAwaitedBody extends DomainError {
  readonly code = 'APPROVALS.NOT_THE_AWAITED_BODY';
  readonly kind = 'forbidden' as const;
}
/** Only a matter awaiting a step is decided or escalated. */
export class MatterNotInReview extends DomainError {
  readonly code = 'APPROVALS.NOT_IN_REVIEW';
  readonly kind = 'conflict' as const;
}
/** A return or a refusal gives its reasons, so the union knows what to change. */
export class ReasonsRequired extends DomainError {
  readonly code = 'APPROVALS.REASONS_REQUIRED';
  readonly kind = 'invalid' as const;
}
/** Only a returned matter is resubmitted, by the union that submitted it. */
export class MatterNotReturned extends DomainError {
  readonly code = 'APPROVALS.NOT_RETURNED';
  readonly kind = 'conflict' as const;
}
export class NotTheSubmittingUnion extends DomainError {
  readonly code = 'APPROVALS.NOT_THE_SUBMITTING_UNION';
  readonly kind = 'forbidden' as const;
}
/** A resubmission says what changed. */
export class ChangesRequired extends DomainError {
  readonly code = 'APPROVALS.CHANGES_REQUIRED';
  readonly kind = 'invalid' as const;
}
/** A step escalates once, after its deadline. */
export class StepNotOverdue extends DomainError {
  readonly code = 'APPROVALS.STEP_NOT_OVERDUE';
  readonly kind = 'conflict' as const;
}
export class StepAlreadyEscalated extends DomainError {
  readonly code = 'APPROVALS.STEP_ALREADY_ESCALATED';
  readonly kind = 'conflict' as const;
}
/** Only an activity (a matter type marked `activity`) is held and recruits volunteers. */
export class NotAnActivity extends DomainError {
  readonly code = 'APPROVALS.NOT_AN_ACTIVITY';
  readonly kind = 'invalid' as const;
}
/** Art. 12: a major activity is held, and recruits volunteers, only after its approval completed. */
export class ApprovalIncomplete extends DomainError {
  readonly code = 'APPROVALS.APPROVAL_INCOMPLETE';
  readonly kind = 'conflict' as const;
}
export class ActivityAlreadyHeld extends DomainError {
  readonly code = 'APPROVALS.ALREADY_HELD';
  readonly kind = 'conflict' as const;
}
/** An activity is recorded as held on a calendar date, not after today. */
export class HeldOnInvalid extends DomainError {
  readonly code = 'APPROVALS.HELD_ON_INVALID';
  readonly kind = 'invalid' as const;
}
