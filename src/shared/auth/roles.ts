/**
 * The roles of the charter's bodies and offices. A token grants roles, each scoped to one organisation
 * ('*' for every organisation, for the system administrator and school-wide supervisors).
 */
export const ROLES = [
  'admin',
  'union-staff',
  'college-union-staff',
  'class-league-branch',
  'college-league-org',
  'college-party-org',
  'student-affairs',
  'youth-league-committee',
  'party-committee',
  'federation',
  'scrutineer',
  'teller',
  'delegate',
  /** staff of a school office (school-office) answering the proposals assigned to it */
  'handling-unit',
  /** a member of the union (every enrolled student, Art. 4-6): the subject is the student's id */
  'member',
  'supervisor',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

/** Supervisors and auditors read everything and write nothing. */
export const READ_ONLY_ROLES: readonly Role[] = ['supervisor', 'auditor'];

/**
 * The roles a route admits: those it declares, and admin; on a read also supervisors and auditors. The guard
 * decides with it and the role matrix (docs/roles.md) prints it.
 */
export function admittedRoles(declared: readonly Role[], isRead: boolean): Role[] {
  return isRead ? [...declared, ...READ_ONLY_ROLES, 'admin'] : [...declared, 'admin'];
}

export type RoleGrant = Readonly<{ role: Role; org: string }>;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
