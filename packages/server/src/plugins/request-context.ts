/**
 * What a request carries once it is authenticated and authorised: the
 * principal, and (for corpus-scoped routes) the rights on that corpus. The
 * list of corpora the caller can see is computed once per request.
 */
import type { FastifyRequest } from 'fastify';
import type { Action, RouteScope } from '@silkloom/contract';
import type { Store } from '@silkloom/store';
import { apiError } from '@silkloom/contract';
import { corpusRights, type CorpusRights, type Principal } from '../auth/principal.ts';

export interface RouteConfig {
  scope: RouteScope;
  action?: Action;
  multipart?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** Set by the authorisation hook on `corpus`, `unit` and `run` routes. */
    rights?: CorpusRights;
    visibleCache?: Promise<CorpusRights[]>;
  }
  interface FastifyInstance {
    store: Store;
  }
}

/** The signed-in caller; SLM_AUTH_REQUIRED when there is none (routes with scope `none`). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw apiError('SLM_AUTH_REQUIRED');
  return req.principal;
}

/** Every corpus the caller can see, with their rights on it (memoised per request). */
export function visibleCorpora(req: FastifyRequest, store: Store): Promise<CorpusRights[]> {
  const principal = principalOf(req);
  req.visibleCache ??= store.access.corpora().then((all) => {
    const today = new Date().toISOString().slice(0, 10);
    return all.map((c) => corpusRights(principal, c, today)).filter((r): r is CorpusRights => r !== undefined);
  });
  return req.visibleCache;
}

export function rightsOf(req: FastifyRequest): CorpusRights {
  if (!req.rights) throw new Error('route has no corpus scope');
  return req.rights;
}

/** Actor string for the audit log. */
export function actorOf(req: FastifyRequest): string {
  const p = req.principal;
  return p ? `user:${p.user.email}` : 'anonymous';
}
