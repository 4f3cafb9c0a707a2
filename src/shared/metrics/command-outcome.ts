import { DomainError } from '../domain/domain-error.js';
import { WrongExpectedVersionError } from '../event-store/event-store.errors.js';
import type { CommandOutcome } from './charter-metrics.js';

/** The outcome label of a command that threw: a decider's refusal, conflicts past the retries, or anything else. */
export function failedCommandOutcome(error: unknown): CommandOutcome {
  if (error instanceof DomainError) return 'rejected';
  if (error instanceof WrongExpectedVersionError) return 'conflict';
  return 'error';
}
