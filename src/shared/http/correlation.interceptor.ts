import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Observable } from 'rxjs';
import { requestContext } from '../logging/request-context.js';

export const CORRELATION_HEADER = 'x-correlation-id';

type HasCorrelation = { headers: Record<string, string | string[] | undefined>; correlationId?: string };

/** The caller's correlation id when it is well formed, else a new one. Set on the request as it arrives. */
export function assignCorrelationId(request: HasCorrelation): string {
  const given = request.headers[CORRELATION_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  request.correlationId = value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
  return request.correlationId;
}

/** Runs the handler inside the request's correlation context, so every log line it writes carries the id. */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<HasCorrelation & { actor?: { id: string } }>();
    const correlationId = request.correlationId ?? assignCorrelationId(request);
    return new Observable((subscriber) =>
      requestContext.run({ correlationId, actorId: request.actor?.id }, () => next.handle().subscribe(subscriber)),
    );
  }
}
