import type { FastifyInstance } from 'fastify';
import type { CharterMetrics } from './charter-metrics.js';

/**
 * Times every response by its route pattern (`/api/v1/organisations/:organisationId`): a raw URL would put ids
 * in the labels, one series per organisation or student. Requests no route matched share one label.
 */
export function measureRequests(fastify: FastifyInstance, metrics: CharterMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequestDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}

/** GET /metrics in the Prometheus text format, public like /health: counts and timings, no personal data. */
export function exposeMetrics(fastify: FastifyInstance, metrics: CharterMetrics): void {
  fastify.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await metrics.scrape();
    return reply.header('content-type', contentType).send(body);
  });
}
