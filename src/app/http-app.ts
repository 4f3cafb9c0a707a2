import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { serveDashboard } from './dashboard.js';
import type { Runtime } from './runtime.js';
import { STRICT_RATE_LIMIT_ROUTES } from './strict-rate-limit-routes.js';
import { allowOrigins } from '../shared/http/allowed-origins.js';
import { rejectUnsupportedBodies } from '../shared/http/body-content-types.js';
import { CORRELATION_HEADER, assignCorrelationId } from '../shared/http/correlation.interceptor.js';
import { limitRequests } from '../shared/http/rate-limits.js';
import { answerClientError, answerFrameworkError, guardRequests } from '../shared/http/request-guards.js';
import { createValidationPipe } from '../shared/http/request-validation.js';
import { addSecurityHeaders } from '../shared/http/security-headers.js';
import { exposeMetrics, measureRequests } from '../shared/metrics/http-metrics.js';

type FastifyRequestLike = {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
  method: string;
  url: string;
};
type FastifyReplyLike = { header(name: string, value: string): void; statusCode: number; elapsedTime: number };

/** The Nest application over Fastify, with validation, problem+json errors, request logs and the OpenAPI page. */
export async function createHttpApp(runtime: Runtime): Promise<NestFastifyApplication> {
  // Behind the proxies of TRUST_PROXY, request.ip (the rate limits' key) is the client X-Forwarded-For names.
  const trustProxy = runtime.config.trustProxy.length > 0 ? [...runtime.config.trustProxy] : false;
  // What Fastify's router and Node's parser refuse before any hook runs is answered as problem+json too.
  const adapter = new FastifyAdapter({
    bodyLimit: 2 * 1024 * 1024,
    trustProxy,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', async (request: unknown, reply: unknown) => {
    const id = assignCorrelationId(request as FastifyRequestLike);
    (reply as FastifyReplyLike).header(CORRELATION_HEADER, id);
  });
  fastify.addHook('onResponse', async (request: unknown, reply: unknown) => {
    const req = request as FastifyRequestLike;
    const res = reply as FastifyReplyLike;
    // Method, path and status only: bodies (ballots, personal data) never reach a log.
    runtime.logger.entry({
      level: 'info',
      msg: 'request',
      correlationId: req.correlationId,
      method: req.method,
      path: req.url.split('?')[0],
      status: res.statusCode,
      ms: Math.round(res.elapsedTime),
    });
  });
  // JSON unless a route declares other body types (ConsumesBody): a text/plain POST is a 415, not "every field missing".
  rejectUnsupportedBodies(fastify);
  // Overlong URLs, NUL bytes and lone surrogates anywhere in the input, and bodies nested too deeply: 414 or 400.
  guardRequests(fastify);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRuntime(runtime), adapter, {
    logger: runtime.logger,
    abortOnError: false,
  });
  // Production basics (issue 8): in this order, so a refused request still carries the security and CORS headers.
  await addSecurityHeaders(app);
  allowOrigins(app, runtime.config.corsOrigins);
  if (runtime.config.rateLimitEnabled) await limitRequests(app, runtime.config, STRICT_RATE_LIMIT_ROUTES);
  measureRequests(fastify, runtime.metrics);
  exposeMetrics(fastify, runtime.metrics);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Charter API')
      .setDescription(
        'Commands append events; queries read projections. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveDashboard(app);
  return app;
}
