/**
 * The OpenAPI 3.0 document, generated from the route schemas of
 * @silkloom/contract (served at /api/openapi.json), and a browsable page at
 * /api/docs (Swagger UI, its assets served from the npm package — nothing is
 * loaded from a CDN).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ImportFields } from '@silkloom/contract';
import type { RouteConfig } from './request-context.ts';

const UploadBody = Type.Intersect([ImportFields, Type.Object({ file: Type.String({ format: 'binary' }) })]);
const FileBody = Type.Object({ file: Type.String({ format: 'binary' }) });

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Silkloom API',
        version,
        description: 'Co-build, clean, govern and share Chinese ↔ multilingual parallel corpora. Errors are `{error: {code, message, place?}}`; see docs/api.md.',
        license: { name: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'slk_session', description: 'Browser session; unsafe methods also need the X-CSRF-Token header' },
          token: { type: 'http', scheme: 'bearer', description: 'API token `slk_…`' },
        },
      },
    },
    // Multipart routes take no JSON body (they stream); describe their form for the document only.
    transform: ({ schema, url, route }) => {
      const config = (route.config ?? {}) as Partial<RouteConfig>;
      const out: Record<string, unknown> = { ...(schema as object) };
      if (config.multipart) {
        out.consumes = ['multipart/form-data'];
        out.body = url.includes('/glossaries/') ? FileBody : UploadBody;
      }
      if (config.scope && config.scope !== 'none') out.security = [{ session: [] }, { token: [] }];
      return { schema: out as never, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false, uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
