import { DomainError } from '../../../shared/domain/domain-error.js';

/** domain.md: the candidate list and the ballot list names in 姓氏笔画 order, which needs every character's strokes. */
export class CandidateNameNotOrderable extends DomainError {
  readonly code = 'ELECTION.CANDIDATE_NAME_NOT_ORDERABLE';
  readonly kind = 'invalid' as const;
}
