import { DomainError } from '../../shared/domain/domain-error.js';

export class ReportCongressNotFound extends DomainError {
  readonly code = 'REPORT.CONGRESS_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class ReportSittingNotFound extends DomainError {
  readonly code = 'REPORT.SITTING_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class ReportElectionNotFound extends DomainError {
  readonly code = 'REPORT.ELECTION_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class ReportOrganisationNotFound extends DomainError {
  readonly code = 'REPORT.ORGANISATION_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
