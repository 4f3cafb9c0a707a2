import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CORRELATION_HEADER } from './correlation.interceptor.js';

/**
 * CORS for the listed origins only (CORS_ORIGINS): a listed origin is echoed in Access-Control-Allow-Origin,
 * any other gets no CORS header, so its browser keeps the answer from the page. With no list, no CORS at all:
 * the API's own pages and same-origin front-ends need none.
 */
export function allowOrigins(app: NestFastifyApplication, origins: readonly string[]): void {
  if (origins.length === 0) return;
  app.enableCors({
    origin: [...origins],
    // Bearer tokens travel in a header, never in cookies: no credentials mode.
    credentials: false,
    // The headers a front-end reads besides the body: to quote in a support request, to wait, to see a replay.
    exposedHeaders: [CORRELATION_HEADER, 'retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });
}
