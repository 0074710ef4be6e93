/**
 * Serving for real: listen, log, and on SIGINT/SIGTERM stop accepting, let
 * in-flight requests finish (Fastify's close waits for them; new ones get 503),
 * then close the store.
 */
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from './build-server.ts';

export interface ServeOptions extends ServerOptions {
  port?: number;
  host?: string;
  /** Handle SIGINT/SIGTERM (default true). */
  signals?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting, waits for in-flight requests, closes the store. Resolves once done. */
  close(): Promise<void>;
  /** Resolves when the server has closed (after a signal or close()). */
  closed: Promise<void>;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const app = await buildServer(options);
  const url = await app.listen({ port: options.port ?? 4680, host: options.host ?? '127.0.0.1' });
  let closing: Promise<void> | undefined;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const close = () =>
    (closing ??= (async () => {
      try {
        await app.close();
      } finally {
        await options.store.close();
        resolveClosed();
      }
    })());
  if (options.signals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void close();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  return { app, url, close, closed };
}
