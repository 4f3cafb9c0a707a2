import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { Unauthenticated } from '../auth/auth.errors.js';
import { DomainError, type DomainErrorKind } from '../domain/domain-error.js';
import {
  EmptyAppendError,
  EventStoreUnavailableError,
  EventTooLargeError,
  WrongExpectedVersionError,
} from '../event-store/event-store.errors.js';
import { isConnectionFailure } from '../database/connection-failure.js';
import { type Language, languageOf } from '../i18n/language.js';
import { type MessageParams, translate } from '../i18n/translate.js';
import type { JsonLogger } from '../logging/json-logger.js';
import { ReadModelNotCaughtUp, UnknownProjection } from '../projections/projection-service.js';
import { UnsupportedMediaType } from './body-content-types.js';
import { platformRejection } from './platform-rejection.js';
import { PROBLEM_CONTENT_TYPE, type Problem, contentLanguage, problem } from './problem.js';
import { RequestInvalid } from './request-validation.js';
import { PdfUnavailable } from '../print/pdf.js';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 422,
  conflict: 409,
  'not-found': 404,
  forbidden: 403,
};

type Reply = { status(code: number): Reply; header(name: string, value: string): Reply; send(body: unknown): void };
type RequestLike = { url: string; correlationId?: string; headers?: Record<string, string | string[] | undefined> };

/**
 * Every error leaves as application/problem+json, worded in the caller's language (Accept-Language; Chinese
 * unless English is asked for). Codes never change with language. Only a bug is a 500, and it is logged.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    const request = host.switchToHttp().getRequest<RequestLike>();
    const language = languageOf(request.headers?.['accept-language']);
    const body = { ...this.toProblem(error, language), instance: request.url, correlationId: request.correlationId };
    if (body.status >= 500 && body.status !== 503) {
      this.logger.entry({
        level: 'error',
        msg: 'request failed',
        correlationId: request.correlationId,
        error: error instanceof Error ? error.stack : String(error),
      });
    }
    if (body.status === 503) reply.header('retry-after', '5');
    reply
      .status(body.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('content-language', contentLanguage(language))
      .send(body);
  }

  private toProblem(error: unknown, language: Language): Problem {
    const described = (status: number, code: string, params: MessageParams = {}, extra: Partial<Problem> = {}) => {
      const { title, detail } = translate(code, language, params);
      return problem(status, code, title, detail, extra);
    };
    if (error instanceof DomainError) return this.fromDomainError(error, language);
    if (error instanceof RequestInvalid) {
      const errors = error.errorsIn(language);
      return {
        ...described(400, error.code, {}, { errors }),
        detail: errors.map((e) => e.message).join(language === 'zh' ? '；' : '; '),
      };
    }
    if (error instanceof Unauthenticated) {
      const unauthenticated = described(401, error.code);
      return language === 'en' ? { ...unauthenticated, detail: error.message } : unauthenticated;
    }
    if (error instanceof UnsupportedMediaType) {
      return described(
        415,
        error.code,
        { accepted: error.accepted.join(language === 'zh' ? ' 或 ' : ' or ') },
        { accepted: [...error.accepted] },
      );
    }
    if (error instanceof WrongExpectedVersionError) return described(409, 'EVENT_STORE.CONCURRENT_CHANGE');
    if (error instanceof EventTooLargeError) return described(413, 'EVENT_STORE.EVENT_TOO_LARGE');
    if (error instanceof EmptyAppendError) return described(500, 'EVENT_STORE.EMPTY_APPEND');
    if (error instanceof UnknownProjection) return described(404, 'PROJECTION.UNKNOWN');
    if (error instanceof PdfUnavailable) return described(503, 'PRINT.PDF_UNAVAILABLE');
    if (error instanceof ReadModelNotCaughtUp)
      return described(503, 'PROJECTION.NOT_CAUGHT_UP', {}, { projections: error.projections });
    if (
      error instanceof EventStoreUnavailableError ||
      isConnectionFailure(error) ||
      isConnectionFailure((error as { driverError?: unknown })?.driverError)
    ) {
      return described(503, 'SERVICE.DATABASE_UNAVAILABLE');
    }
    // Nest's HttpExceptions and Fastify's own rejections (body parsing, size, content type) by what they mean,
    // never by their class name.
    const rejection =
      error instanceof HttpException ? platformRejection(error, error.getStatus()) : platformRejection(error);
    if (rejection) return described(rejection.status, rejection.code);
    return described(500, 'SERVICE.INTERNAL');
  }

  /** English keeps the rule's own sentence (it names the values at fault); Chinese reads from the catalogue. */
  private fromDomainError(error: DomainError, language: Language): Problem {
    const { title, detail: catalogued } = translate(error.code, language, { ...error.details, field: error.field });
    const detail = language === 'en' ? error.message : catalogued;
    return problem(STATUS_BY_KIND[error.kind], error.code, title, detail, {
      ...(error.field ? { errors: [{ field: error.field, rule: error.code, message: detail }] } : {}),
      ...(error.details ? { details: error.details } : {}),
    });
  }
}
