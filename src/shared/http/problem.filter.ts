import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { Unauthenticated } from '../auth/auth.errors.js';
import { DomainError, type DomainErrorKind } from '../domain/domain-error.js';
import {
  EmptyAppendError,
  EventStoreUnavailableError,
  EventTooLargeError,
  WrongExpectedVersionError,
} from '../event-store/event-store.errors.js';
import { isConnectionFailure } from '../event-store/postgres/pg-unavailable.js';
import type { JsonLogger } from '../logging/json-logger.js';
import { ReadModelNotCaughtUp, UnknownProjection } from '../projections/projection-service.js';
import { PROBLEM_CONTENT_TYPE, type Problem, problem } from './problem.js';
import { RequestInvalid } from './request-validation.js';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = { invalid: 422, conflict: 409, 'not-found': 404, forbidden: 403 };

type Reply = { status(code: number): Reply; header(name: string, value: string): Reply; send(body: unknown): void };

/** Every error leaves as application/problem+json; only a bug is a 500, and it is logged. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    const request = host.switchToHttp().getRequest<{ url: string; correlationId?: string }>();
    const body = { ...this.toProblem(error), instance: request.url, correlationId: request.correlationId };
    if (body.status >= 500 && body.status !== 503) {
      this.logger.entry({ level: 'error', msg: 'request failed', correlationId: request.correlationId, error: error instanceof Error ? error.stack : String(error) });
    }
    if (body.status === 503) reply.header('retry-after', '5');
    reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof DomainError) {
      return problem(STATUS_BY_KIND[error.kind], error.code, error.name, error.message, {
        ...(error.field ? { errors: [{ field: error.field, rule: error.code, message: error.message }] } : {}),
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (error instanceof RequestInvalid) {
      return problem(400, error.code, 'The request is not valid', error.message, { errors: error.errors });
    }
    if (error instanceof Unauthenticated) return problem(401, error.code, 'Authentication required', error.message);
    if (error instanceof WrongExpectedVersionError) {
      return problem(409, 'EVENT_STORE.CONCURRENT_CHANGE', 'Changed concurrently', `${error.stream} was changed by another command; retry`);
    }
    if (error instanceof EventTooLargeError) return problem(413, 'EVENT_STORE.EVENT_TOO_LARGE', 'Too large', error.message);
    if (error instanceof EmptyAppendError) return problem(500, 'EVENT_STORE.EMPTY_APPEND', 'Internal error', error.message);
    if (error instanceof UnknownProjection) return problem(404, 'PROJECTION.UNKNOWN', 'Unknown projection', error.message);
    if (error instanceof ReadModelNotCaughtUp) {
      return problem(503, 'PROJECTION.NOT_CAUGHT_UP', 'Read model is behind', error.message, { projections: error.projections });
    }
    if (error instanceof EventStoreUnavailableError || isConnectionFailure(error) || isConnectionFailure((error as { driverError?: unknown })?.driverError)) {
      return problem(503, 'SERVICE.DATABASE_UNAVAILABLE', 'Service unavailable', 'The database cannot be reached; try again shortly');
    }
    if (error instanceof HttpException) return this.fromHttpException(error);
    const status = (error as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own rejections: unparseable JSON, wrong content type, body too large.
      return problem(status, 'REQUEST.MALFORMED', 'The request is malformed', (error as Error).message);
    }
    return problem(500, 'SERVICE.INTERNAL', 'Internal error', 'An unexpected error occurred; it has been logged');
  }

  private fromHttpException(error: HttpException): Problem {
    const status = error.getStatus();
    const code = status === 404 ? 'REQUEST.NOT_FOUND' : status === 405 ? 'REQUEST.METHOD_NOT_ALLOWED' : `HTTP.${status}`;
    return problem(status, code, error.name, error.message);
  }
}
