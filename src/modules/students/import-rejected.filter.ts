import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { languageOf } from '../../shared/i18n/language.js';
import { translate } from '../../shared/i18n/translate.js';
import { PROBLEM_CONTENT_TYPE, contentLanguage, problem } from '../../shared/http/problem.js';
import { rollProblemsIn } from './roll-file/roll-problem-messages.js';
import { ImportRejected } from './roll-file/roll-table.js';

type Reply = { status(code: number): Reply; header(name: string, value: string): Reply; send(body: unknown): void };
type RequestLike = { url: string; correlationId?: string; headers?: Record<string, string | string[] | undefined> };

/**
 * A refused roll as problem+json whose `errors` name row, column, value and rule for each problem, worded in
 * the caller's language: the platform's filter would list only one field.
 */
@Catch(ImportRejected)
export class ImportRejectedFilter implements ExceptionFilter {
  catch(error: ImportRejected, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<RequestLike>();
    const language = languageOf(request.headers?.['accept-language']);
    const { title, detail } = translate(error.code, language, { count: error.problems.length });
    const body = {
      ...problem(422, error.code, title, detail),
      errors: rollProblemsIn(error.problems, language),
      instance: request.url,
      correlationId: request.correlationId,
    };
    host
      .switchToHttp()
      .getResponse<Reply>()
      .status(422)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('content-language', contentLanguage(language))
      .send(body);
  }
}
