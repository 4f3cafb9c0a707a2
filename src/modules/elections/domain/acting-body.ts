import { NotTheActingBody } from './acting-body.errors.js';

/**
 * The kind of the organisation a step names (from its own stream), given to the command as a fact: null when no
 * such organisation is registered.
 */
export type ActingBodyFact = Readonly<{ bodyKind: string | null }>;

/** domain.md: each step is a decision of one body; the organisation named must be a registered body of that kind. */
export function requireBodyOfKind(organisationId: string, kind: string, actual: string | null): void {
  if (actual !== kind) throw new NotTheActingBody(`${organisationId} is not a registered ${kind}`);
}
