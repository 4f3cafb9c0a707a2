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
 * College union staff act for their own college only. The guard checks a college that is named; where naming
 * one is optional, leaving it out must not let them act for every college.
 */
export function collegeScope(actor: Actor, college: string | undefined): string | undefined {
  if (actor.role !== 'college-union-staff' || college) return college;
  throw new Forbidden(`college union staff act for their own college only: add ?college=${actor.organisationId}`);
}

/** Whether the caller may see a student of this college. */
export const maySeeCollege = (actor: Actor, collegeId: string) => actor.role !== 'college-union-staff' || actor.organisationId === collegeId;
