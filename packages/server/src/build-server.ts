/**
 * The Fastify application: security headers, cookies, multipart (streamed),
 * authentication and authorisation hooks, coded errors, the OpenAPI document
 * and every route of @silkloom/contract. Tests call it with a store and use
 * `app.inject()` or `app.listen({port: 0})`; `silkloom serve` adds the signals.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '@silkloom/store';
import { LoginLimiter, type LimiterOptions } from './auth/login-limiter.ts';
import type { ServerContext } from './context.ts';
import { registerAuthentication } from './plugins/authenticate.ts';
import { registerAuthorisation } from './plugins/authorize.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerRoutes } from './routes/index.ts';
import { registerWebUi } from './plugins/web-ui.ts';
import { defaultRulesDir } from './routes/governance/index.ts';

export const SERVER_VERSION = '0.1.0';

export interface ServerOptions {
  store: Store;
  /** Fastify's logger option: false (default, quiet), true, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** Secure cookies: true, false, or 'auto' (default: when the request came over https, honouring trustProxy). */
  secureCookies?: boolean | 'auto';
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and https). */
  trustProxy?: boolean;
  /** Idle lifetime of a browser session (default 7 days). */
  sessionTtlMs?: number;
  /** Largest upload accepted, in bytes (default 2 GiB). */
  maxUploadBytes?: number;
  /** Sign-in limits. */
  login?: LimiterOptions;
  /** Governance rule packs (default: SILKLOOM_RULES, ./rules, or this checkout's rules/). */
  rulesDir?: string;
}

/**
 * The Content-Security-Policy: everything from the same origin (the web UI is
 * served from it), no inline scripts, inline styles allowed (Swagger UI and
 * chart libraries set style attributes), images also as data: URLs.
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
    return503OnClosing: true,
  });
  const ctx: ServerContext = {
    store: options.store,
    limiter: new LoginLimiter(options.login),
    secureCookies: options.secureCookies ?? 'auto',
    sessionTtlMs: options.sessionTtlMs ?? 7 * 24 * 3600_000,
    maxUploadBytes: options.maxUploadBytes ?? 2 * 1024 ** 3,
    version: SERVER_VERSION,
    rulesDir: options.rulesDir ?? defaultRulesDir(),
  };
  app.decorate('store', options.store);
  registerErrorHandling(app);
  await app.register(helmet, { contentSecurityPolicy: { directives: CSP }, crossOriginEmbedderPolicy: false });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: 1, fields: 30, fieldSize: 10_000 } });
  registerAuthentication(app, options.store, { ttlMs: ctx.sessionTtlMs });
  registerAuthorisation(app, options.store);
  await registerOpenApi(app, SERVER_VERSION);
  await registerRoutes(app, ctx);
  await registerWebUi(app);
  return app;
}
