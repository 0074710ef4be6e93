/** Every route module, registered in one place. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { authRoutes } from './auth/index.ts';
import { corpusRoutes } from './corpora/index.ts';
import { metaRoutes } from './meta/index.ts';
import { orgRoutes } from './orgs/index.ts';
import { unitRoutes } from './units/index.ts';
import { userRoutes } from './users/index.ts';
import { searchRoutes } from './search/index.ts';
import { importRoutes } from './corpora/imports.ts';
import { exportRoutes } from './corpora/exports.ts';
import { glossaryRoutes } from './glossary/index.ts';
import { governanceRoutes } from './governance/index.ts';
import { cobuildRouteModules } from './cobuild.ts';

export async function registerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  for (const register of [metaRoutes, authRoutes, userRoutes, orgRoutes, corpusRoutes, unitRoutes, importRoutes, exportRoutes, searchRoutes, glossaryRoutes, governanceRoutes, cobuildRouteModules]) register(app, ctx);
}
