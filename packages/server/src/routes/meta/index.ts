/** Liveness. */
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import type { ServerContext } from '../../context.ts';
import { handle } from '../handle.ts';

export function metaRoutes(app: FastifyInstance, { store, version }: ServerContext): void {
  handle(app, routes.health, async () => ({ ok: true, dialect: store.dialect, version }));
}
