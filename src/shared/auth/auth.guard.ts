import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '../domain/decider.js';
import { ALLOW_KEY, type AllowRule, PUBLIC_KEY } from './allow.decorator.js';
import { Forbidden, Unauthenticated } from './auth.errors.js';
import { findGrant, principalFromClaims } from './principal.js';
import { admittedRoles } from './roles.js';

export type AuthenticatedRequest = {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  params?: Record<string, string>;
  body?: unknown;
  actor?: Actor;
};

/**
 * Every route is closed unless marked @Public: a valid bearer token, and a role the route allows, scoped to
 * the organisation the request targets. Supervisors and auditors may read every route and write none.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.verify(request.headers.authorization);
    const rule = this.reflector.getAllAndOverride<AllowRule>(ALLOW_KEY, targets);
    if (!rule) throw new Forbidden('this route declares no roles');
    const organisationId = rule.organisationFrom ? targetOrganisation(request, rule.organisationFrom) : undefined;
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    const roles = admittedRoles(rule.roles, isRead);
    const grant = findGrant(principal, roles, organisationId);
    if (!grant) {
      throw new Forbidden(
        `requires one of ${rule.roles.join(', ')}${organisationId ? ` for organisation ${organisationId}` : ''}`,
      );
    }
    request.actor = { id: principal.subject, role: grant.role, organisationId: organisationId ?? grant.org };
    return true;
  }

  private async verify(header: string | string[] | undefined) {
    const value = Array.isArray(header) ? header[0] : header;
    const token = value?.startsWith('Bearer ') ? value.slice(7) : undefined;
    if (!token) throw new Unauthenticated('a bearer token is required (Authorization: Bearer <token>)');
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      throw new Unauthenticated(`the token is not valid: ${error instanceof Error ? error.message : 'unreadable'}`);
    }
    const principal = principalFromClaims(claims);
    if (!principal) throw new Unauthenticated('the token carries no subject or roles');
    return principal;
  }
}

function targetOrganisation(request: AuthenticatedRequest, field: string): string | undefined {
  const fromParams = request.params?.[field];
  if (fromParams) return fromParams;
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body?.[field];
  return typeof fromBody === 'string' ? fromBody : undefined;
}
