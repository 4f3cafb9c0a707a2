import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, from, switchMap } from 'rxjs';
import { DomainError } from '../domain/domain-error.js';
import { ProjectionService } from '../projections/projection-service.js';
import { APP_CONFIG } from '../tokens.js';
import type { AppConfig } from '../config/app-config.js';

/** A command's answer carries `position`; a query sent with this header waits until its read models passed it. */
export const READ_AFTER_HEADER = 'x-read-after';

const READ_MODELS_KEY = 'charter:read-models';

/** Names the projections a query reads, so it can wait for them (read your writes). */
export const ReadsFrom = (...projections: string[]) => SetMetadata(READ_MODELS_KEY, projections);

export class ReadAfterPositionMalformed extends DomainError {
  readonly code = 'REQUEST.READ_AFTER_MALFORMED';
  readonly kind = 'invalid' as const;
}

@Injectable()
export class ReadAfterInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly projections: ProjectionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const names = this.reflector.get<string[] | undefined>(READ_MODELS_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const position = request.headers[READ_AFTER_HEADER];
    if (!names || !position) return next.handle();
    if (!/^(pg|kdb):\d+:\d+$/.test(position)) {
      throw new ReadAfterPositionMalformed(`${READ_AFTER_HEADER} must be a position a command returned`, {
        field: READ_AFTER_HEADER,
      });
    }
    return from(this.projections.waitFor(position, names, this.config.readWaitTimeoutMs)).pipe(
      switchMap(() => next.handle()),
    );
  }
}
