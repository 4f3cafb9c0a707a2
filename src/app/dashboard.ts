import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The dashboard (issue 14 item 2): plain ES modules under `dashboard/` at the top of the project, served as they
 * are (no build step, so `npm start` needs nothing more), and Chart.js's UMD build served from its npm package.
 * No CDN: a campus network without Internet access still draws the charts. The page holds no data and no secret;
 * it asks the report routes with the token the user pastes, so it is public like the OpenAPI page.
 */
export const DASHBOARD_ROOT = fileURLToPath(new URL('../../dashboard/', import.meta.url));
const CHART_JS_DIST = dirname(createRequire(import.meta.url).resolve('chart.js'));

export async function serveDashboard(app: NestFastifyApplication): Promise<void> {
  // The OpenAPI page registers @fastify/static too: only one registration may decorate the reply.
  await app.register(fastifyStatic, {
    root: CHART_JS_DIST,
    prefix: '/dashboard/vendor/',
    decorateReply: false,
    allowedPath: (path: string) => path === '/chart.umd.min.js' || path === '/chart.umd.min.js.map',
  });
  await app.register(fastifyStatic, {
    root: DASHBOARD_ROOT,
    prefix: '/dashboard/',
    decorateReply: false,
    index: 'index.html',
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/dashboard', (_request, reply) => reply.redirect('/dashboard/', 302));
}
