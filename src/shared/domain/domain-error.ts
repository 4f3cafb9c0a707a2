/** How a broken rule maps to a response: the domain knows no HTTP. */
export type DomainErrorKind = 'invalid' | 'conflict' | 'not-found' | 'forbidden';

/**
 * A broken business rule. Subclasses are named after the rule ("VotingNotOpen") and carry a stable code
 * (`ELECTION.VOTING_NOT_OPEN`) and, where one input field is at fault, its name.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  readonly field?: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(message: string, options: { field?: string; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = new.target.name;
    this.field = options.field;
    this.details = options.details;
  }
}
