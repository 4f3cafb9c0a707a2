import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CORRELATION_HEADER } from '../../../shared/http/correlation.interceptor.js';
import { IDEMPOTENCY_HEADER } from '../../../shared/http/idempotency.interceptor.js';
import { IdempotencyKeyNotAccepted } from '../domain/ballot-box.errors.js';

type Request = { headers: Record<string, string | string[] | undefined>; correlationId?: string };
type Reply = { header(name: string, value: string): unknown };

/**
 * On the routes that hand out a credential or take a ballot (docs/elections.md "Secret ballot"):
 * - no Idempotency-Key: the idempotency table would keep the response (the credential) or the moment of casting;
 * - a fresh correlation id: one the client chose could join the casting request, in the request log, to the
 *   same client's other requests and to the events they caused.
 * Runs as a route guard, before the global interceptors that would store the key or adopt the id.
 */
@Injectable()
export class SecretBallotGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers[IDEMPOTENCY_HEADER] !== undefined) {
      throw new IdempotencyKeyNotAccepted(
        'The ballot box takes no Idempotency-Key: a credential is single-use, so a repeat is refused anyway',
        { field: 'Idempotency-Key' },
      );
    }
    const fresh = randomUUID();
    request.correlationId = fresh;
    context.switchToHttp().getResponse<Reply>().header(CORRELATION_HEADER, fresh);
    return true;
  }
}
