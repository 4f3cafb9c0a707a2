import { isRole, type Role, type RoleGrant } from './roles.js';

/** The verified bearer of a token. */
export type Principal = Readonly<{ subject: string; grants: readonly RoleGrant[] }>;

export type TokenClaims = Readonly<{ sub: string; roles: ReadonlyArray<{ role: string; org: string }> }>;

export function principalFromClaims(claims: unknown): Principal | undefined {
  const c = claims as Partial<TokenClaims> | undefined;
  if (!c || typeof c.sub !== 'string' || !Array.isArray(c.roles)) return undefined;
  const grants = c.roles.filter((g): g is RoleGrant => isRole(g?.role) && typeof g?.org === 'string');
  return { subject: c.sub, grants };
}

/** The first grant that lets the principal act in one of `roles` for `organisationId`. */
export function findGrant(
  principal: Principal,
  roles: readonly Role[],
  organisationId?: string,
): RoleGrant | undefined {
  return principal.grants.find(
    (g) => roles.includes(g.role) && (g.org === '*' || organisationId === undefined || g.org === organisationId),
  );
}
