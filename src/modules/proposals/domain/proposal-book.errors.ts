import { DomainError } from '../../../shared/domain/domain-error.js';

/** Broken rules of the proposal procedure (Art. 8 (5), Art. 9 rights 3; issue 10). */

export class CongressNotConvened extends DomainError {
  readonly code = 'PROPOSAL.CONGRESS_NOT_CONVENED';
  readonly kind = 'not-found' as const;
}

/** Only the union that convened the congress opens its window, appoints its committee and assigns proposals. */
export class NotTheConveningUnion extends DomainError {
  readonly code = 'PROPOSAL.NOT_THE_CONVENING_UNION';
  readonly kind = 'forbidden' as const;
}

export class ProposalWindowAlreadyOpened extends DomainError {
  readonly code = 'PROPOSAL.WINDOW_ALREADY_OPENED';
  readonly kind = 'conflict' as const;
}

export class ProposalWindowNotOpen extends DomainError {
  readonly code = 'PROPOSAL.WINDOW_NOT_OPEN';
  readonly kind = 'conflict' as const;
}

export class ProposalCommitteeInvalid extends DomainError {
  readonly code = 'PROPOSAL.COMMITTEE_INVALID';
  readonly kind = 'invalid' as const;
}

/** Art. 9: filing proposals is a right of the congress's delegates (elected or qualified). */
export class NotADelegate extends DomainError {
  readonly code = 'PROPOSAL.NOT_A_DELEGATE';
  readonly kind = 'forbidden' as const;
}

export class ProposalTextRequired extends DomainError {
  readonly code = 'PROPOSAL.TEXT_REQUIRED';
  readonly kind = 'invalid' as const;
}

export class ProposalAlreadySubmitted extends DomainError {
  readonly code = 'PROPOSAL.ALREADY_SUBMITTED';
  readonly kind = 'conflict' as const;
}

export class ProposalNotFound extends DomainError {
  readonly code = 'PROPOSAL.NOT_FOUND';
  readonly kind = 'not-found' as const;
}

export class CoSignerInvalid extends DomainError {
  readonly code = 'PROPOSAL.CO_SIGNER_INVALID';
  readonly kind = 'invalid' as const;
}

/** Policy `proposals.minCoSigners`: a joint proposal names at least that many co-signers. */
export class TooFewCoSigners extends DomainError {
  readonly code = 'PROPOSAL.TOO_FEW_CO_SIGNERS';
  readonly kind = 'invalid' as const;
}

export class NotACoSigner extends DomainError {
  readonly code = 'PROPOSAL.NOT_A_CO_SIGNER';
  readonly kind = 'forbidden' as const;
}

export class CoSignatureAlreadyGiven extends DomainError {
  readonly code = 'PROPOSAL.CO_SIGNATURE_ALREADY_GIVEN';
  readonly kind = 'conflict' as const;
}

/** A step taken at the wrong stage of the proposal (withdrawn after screening, screened twice, ...). */
export class ProposalStepOutOfOrder extends DomainError {
  readonly code = 'PROPOSAL.STEP_OUT_OF_ORDER';
  readonly kind = 'conflict' as const;
}

export class NotTheFiler extends DomainError {
  readonly code = 'PROPOSAL.NOT_THE_FILER';
  readonly kind = 'forbidden' as const;
}

export class NotOnProposalCommittee extends DomainError {
  readonly code = 'PROPOSAL.NOT_ON_COMMITTEE';
  readonly kind = 'forbidden' as const;
}

export class ScreeningReasonRequired extends DomainError {
  readonly code = 'PROPOSAL.SCREENING_REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}

export class MergeTargetInvalid extends DomainError {
  readonly code = 'PROPOSAL.MERGE_TARGET_INVALID';
  readonly kind = 'invalid' as const;
}

/** Only school offices (organisation kind school-office) handle proposals. */
export class NotAHandlingUnit extends DomainError {
  readonly code = 'PROPOSAL.NOT_A_HANDLING_UNIT';
  readonly kind = 'invalid' as const;
}

export class NotAssignedToUnit extends DomainError {
  readonly code = 'PROPOSAL.NOT_ASSIGNED_TO_UNIT';
  readonly kind = 'not-found' as const;
}

export class AnswerInvalid extends DomainError {
  readonly code = 'PROPOSAL.ANSWER_INVALID';
  readonly kind = 'invalid' as const;
}

export class AnswerAlreadyPublished extends DomainError {
  readonly code = 'PROPOSAL.ANSWER_ALREADY_PUBLISHED';
  readonly kind = 'conflict' as const;
}

export class NoDraftAnswer extends DomainError {
  readonly code = 'PROPOSAL.NO_DRAFT_ANSWER';
  readonly kind = 'conflict' as const;
}

export class AnswerNotPublished extends DomainError {
  readonly code = 'PROPOSAL.ANSWER_NOT_PUBLISHED';
  readonly kind = 'conflict' as const;
}

/** Ratings belong to the proposal's filer and confirmed co-signers. */
export class NotAProposer extends DomainError {
  readonly code = 'PROPOSAL.NOT_A_PROPOSER';
  readonly kind = 'forbidden' as const;
}

export class AnswerAlreadyRated extends DomainError {
  readonly code = 'PROPOSAL.ANSWER_ALREADY_RATED';
  readonly kind = 'conflict' as const;
}

export class RatingCommentRequired extends DomainError {
  readonly code = 'PROPOSAL.RATING_COMMENT_REQUIRED';
  readonly kind = 'invalid' as const;
}

export class FollowUpInvalid extends DomainError {
  readonly code = 'PROPOSAL.FOLLOW_UP_INVALID';
  readonly kind = 'invalid' as const;
}

export class FollowUpAlreadyAnswered extends DomainError {
  readonly code = 'PROPOSAL.FOLLOW_UP_ALREADY_ANSWERED';
  readonly kind = 'conflict' as const;
}

/** A congress with no proposal window has no proposals to list or report. */
export class ProposalBookNotFound extends DomainError {
  readonly code = 'PROPOSAL.BOOK_NOT_FOUND';
  readonly kind = 'not-found' as const;
}

export class HandlingUnitNotFound extends DomainError {
  readonly code = 'PROPOSAL.HANDLING_UNIT_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
