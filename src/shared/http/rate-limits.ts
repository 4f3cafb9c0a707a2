import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { languageOf } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { PROBLEM_CONTENT_TYPE, contentLanguage, problem } from './problem.js';

export type RateLimitSettings = Pick<AppConfig, 'rateLimitMax' | 'rateLimitWindowMs' | 'rateLimitBallotMax'>;

/**
 * Per client IP, over a fixed window: all routes share one budget (RATE_LIMIT_MAX), and each of the `strictRoutes`
 * (route patterns) has a smaller one of its own (RATE_LIMIT_BALLOT_MAX). A refused request answers 429
 * problem+json with Retry-After. The answer is sent here, in the hook, rather than thrown: a thrown error would
 * reach the app's exception filter, which has no business knowing about limits.
 */
export async function limitRequests(
  app: NestFastifyApplication,
  settings: RateLimitSettings,
  strictRoutes: readonly string[],
): Promise<void> {
  await app.register(rateLimit, { global: false });
  const fastify = app.getHttpAdapter().getInstance();
  const window = { timeWindow: settings.rateLimitWindowMs };
  const everyRoute = fastify.createRateLimit({ ...window, max: settings.rateLimitMax });
  const strictRoute = fastify.createRateLimit({
    ...window,
    max: settings.rateLimitBallotMax,
    keyGenerator: (request) => `${request.routeOptions.url} ${normalizeIP(request.ip)}`,
  });
  const strict = new Set(strictRoutes);

  fastify.addHook('onRequest', async (request, reply) => {
    const limit = strict.has(request.routeOptions.url ?? '') ? strictRoute : everyRoute;
    const verdict = await limit(request);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    const seconds = Math.max(1, verdict.ttlInSeconds);
    const language = languageOf(request.headers['accept-language']);
    reply
      .code(429)
      .header('retry-after', String(seconds))
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('content-language', contentLanguage(language));
    reply.send(rateLimited(request, seconds, language));
    return reply;
  });
}

/** Worded from the problem catalogue like every other error, in the caller's language (Chinese by default). */
function rateLimited(request: FastifyRequest, seconds: number, language: ReturnType<typeof languageOf>) {
  const { title, detail } = translate('REQUEST.RATE_LIMITED', language, { seconds });
  const correlationId = (request as { correlationId?: string }).correlationId;
  return {
    ...problem(429, 'REQUEST.RATE_LIMITED', title, detail, { retryAfterSeconds: seconds }),
    instance: request.url,
    correlationId,
  };
}
