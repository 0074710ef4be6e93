/**
 * Serves the built web UI (packages/web/dist) at `/`: hashed assets with a
 * year of caching, index.html never cached, and every other GET that is not an
 * API path answered with index.html (single-page-app fallback, so deep links
 * and reloads work). When the UI has not been built, `/` says how to build it.
 * `SILKLOOM_WEB_DIST` points elsewhere (e.g. an installed copy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export async function registerWebUi(app: FastifyInstance, root = process.env.SILKLOOM_WEB_DIST || DEFAULT_WEB_DIST): Promise<void> {
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('The Silkloom web UI is not built. Run `npm run build:web` (or `npm start`, which builds it), then reload.\n'),
    );
    return;
  }
  const html = readFileSync(index);
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  app.get('/', sendIndex);
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    // API paths and missing assets keep the API's coded 404.
    if (path.startsWith('/api/') || path.startsWith('/assets/')) return reply.callNotFound();
    return sendIndex(req, reply);
  });
}
