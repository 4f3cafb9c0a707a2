import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Helmet's headers on every response, its Content-Security-Policy included. Swagger UI at /api/docs loads its
 * scripts from /api/docs/*, so `script-src 'self'` holds; it needs inline styles and data: images, which helmet's
 * defaults allow. Two changes to the defaults:
 * - no `upgrade-insecure-requests`: Charter itself speaks plain HTTP (TLS ends at the proxy), and on a plain-HTTP
 *   address (a laptop, a campus LAN) the directive sends the page's own assets to https and breaks the page;
 * - the Swagger validator badge may load from validator.swagger.io.
 */
export async function addSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'upgrade-insecure-requests': null,
        'img-src': ["'self'", 'data:', 'https://validator.swagger.io'],
      },
    },
  });
}
