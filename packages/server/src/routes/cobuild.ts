/** Co-building routes (issue 6): contributions, review, releases, dashboard — registered by routes/index.ts in one line. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { contributionRoutes } from './contributions/index.ts';
import { dashboardRoutes } from './dashboard/index.ts';
import { releaseRoutes } from './releases/index.ts';
import { reviewRoutes } from './review/index.ts';

export function cobuildRouteModules(app: FastifyInstance, ctx: ServerContext): void {
  for (const register of [dashboardRoutes, contributionRoutes, reviewRoutes, releaseRoutes]) register(app, ctx);
}
