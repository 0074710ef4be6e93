/**
 * @silkloom/server — the REST API over a store: `buildServer({store})` gives a
 * Fastify instance (use `inject()` in tests, `listen()` to serve); `serve`
 * adds graceful shutdown on SIGINT/SIGTERM. See docs/api.md.
 */
export { buildServer, SERVER_VERSION, type ServerOptions } from './build-server.ts';
export { serve, type ServeOptions, type RunningServer } from './serve.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { corpusRights, type CorpusRights, type Principal } from './auth/principal.ts';
