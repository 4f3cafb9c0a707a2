import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { languageOf } from '../../shared/i18n/language.js';
import { contentLanguage } from '../../shared/http/problem.js';

type Request = { headers: Record<string, string | string[] | undefined> };
type Reply = { header(name: string, value: string): unknown };

/** History's sentences are in the reader's language: the answer says which, as problem answers do. */
@Injectable()
export class ContentLanguageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const language = languageOf(http.getRequest<Request>().headers['accept-language']);
    http.getResponse<Reply>().header('content-language', contentLanguage(language));
    return next.handle();
  }
}
