import { JwtService } from '@nestjs/jwt';
import type { RoleGrant } from './roles.js';

/** Signs a token for development and tests; production tokens come from the school's identity provider. */
export function issueToken(
  secret: string,
  issuer: string,
  subject: string,
  roles: readonly RoleGrant[],
  expiresInSeconds = 8 * 3600,
): string {
  return new JwtService({ secret }).sign(
    { roles },
    { subject, issuer, expiresIn: expiresInSeconds, algorithm: 'HS256' },
  );
}
