import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, problem } from '../../shared/http/problem.js';
import { ImportRejected } from './roll-file/roll-table.js';

type Reply = { status(code: number): Reply; header(name: string, value: string): Reply; send(body: unknown): void };

/**
 * A refused roll as problem+json whose `errors` name row, column, value and rule for each problem: the
 * platform's filter would list only one field.
 */
@Catch(ImportRejected)
export class ImportRejectedFilter implements ExceptionFilter {
  catch(error: ImportRejected, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<{ url: string; correlationId?: string }>();
    const body = {
      ...problem(422, error.code, 'The roll was not imported', error.message),
      errors: error.problems,
      instance: request.url,
      correlationId: request.correlationId,
    };
    host.switchToHttp().getResponse<Reply>().status(422).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
