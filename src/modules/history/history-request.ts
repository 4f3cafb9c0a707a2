import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Actor } from '../../shared/domain/decider.js';
import { type Language, languageOf } from '../../shared/i18n/language.js';
import { type HistoryScope, historyScopeOf } from './history-scope.js';

type Request = { actor?: Actor; headers: Record<string, string | string[] | undefined> };

/** The reader's scope, from the actor the guard authenticated. */
export const ReaderScope = createParamDecorator((_: unknown, host: ExecutionContext): HistoryScope => {
  const actor = host.switchToHttp().getRequest<Request>().actor;
  if (!actor) throw new Error('ReaderScope used on a route without an authenticated actor');
  return historyScopeOf(actor);
});

/** The language the entries are described in: Chinese unless Accept-Language prefers English. */
export const ReaderLanguage = createParamDecorator((_: unknown, host: ExecutionContext): Language =>
  languageOf(host.switchToHttp().getRequest<Request>().headers['accept-language']),
);

/** Whether the client asked for NDJSON (`Accept: application/x-ndjson`). */
export const WantsNdjson = createParamDecorator((_: unknown, host: ExecutionContext): boolean => {
  const accept = host.switchToHttp().getRequest<Request>().headers.accept;
  return (Array.isArray(accept) ? accept.join(',') : (accept ?? '')).includes('application/x-ndjson');
});
