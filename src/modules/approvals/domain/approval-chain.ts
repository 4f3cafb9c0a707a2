/**
 * The approval chain as the matter decides on it (Art. 12): structurally the organisations module's policy types
 * (charter-policy.ts `approvals`), restated here so that the domain imports nothing outside itself.
 */
export type ApprovingBody = 'union' | 'school-union' | 'youth-league-committee' | 'party-committee' | 'student-affairs';
export type ApprovalStepRule = Readonly<{ body: ApprovingBody; days: number }>;
export type MatterTypeRule = Readonly<{
  key: string;
  activity: boolean;
  chain: readonly ApprovalStepRule[];
  submitters: readonly string[];
  documents: readonly string[];
  escalateTo: ApprovingBody;
}>;

/** The roles that speak for the union's own presidium and for the school union's. */
const UNION_ROLES = ['union-staff', 'college-union-staff'];

/**
 * Whether an actor speaks for a body of the matter of `organisationId` under `schoolUnionId`: the union's staff
 * for `union`, the school union's staff for `school-union`, the role of that name for the school's bodies.
 */
export function speaksFor(
  body: ApprovingBody,
  actor: Readonly<{ role: string; organisationId: string }>,
  matter: Readonly<{ organisationId: string; schoolUnionId: string }>,
): boolean {
  switch (body) {
    case 'union':
      return UNION_ROLES.includes(actor.role) && actor.organisationId === matter.organisationId;
    case 'school-union':
      return actor.role === 'union-staff' && actor.organisationId === matter.schoolUnionId;
    case 'youth-league-committee':
    case 'party-committee':
    case 'student-affairs':
      return actor.role === body;
    default: {
      const unknown: never = body;
      return unknown;
    }
  }
}
