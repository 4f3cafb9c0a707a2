import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Forbidden } from '../../shared/auth/auth.errors.js';
import type { Actor } from '../../shared/domain/decider.js';

/** The authenticated caller, for queries that answer differently by role. */
export const RequestActor = createParamDecorator((_: unknown, host: ExecutionContext): Actor => {
  const actor = host.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('RequestActor used on a route without an authenticated actor');
  return actor;
});

/**
 * The college a roster route acts for. College union staff act for their own college only, and must say so;
 * the school union's staff (and the read-only roles) for any college or for all. Checked here rather than by
 * the guard's organisation match, which would hold school staff to the organisation "school".
 */
export function collegeScope(actor: Actor, college: string | undefined): string | undefined {
  if (actor.role !== 'college-union-staff' || college === actor.organisationId) return college;
  throw new Forbidden(`college union staff act for their own college only: ?college=${actor.organisationId}`);
}

/** Whether the caller may see a student of this college. */
export const maySeeCollege = (actor: Actor, collegeId: string) =>
  actor.role !== 'college-union-staff' || actor.organisationId === collegeId;
