/**
 * Authorisation, before every handler (and before body validation), from the route's scope and action (see
 * RouteScope in @silkloom/contract). A corpus, unit or run the caller cannot
 * see answers 404 with the same code and message as one that does not exist,
 * so nothing reveals that another organisation's private corpus is there; a
 * visible one the caller's role does not allow answers 403.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError, type Action } from '@silkloom/contract';
import type { Store } from '@silkloom/store';
import { storeErrors } from '@silkloom/store';
import { SilkloomError } from '@silkloom/core';
import { anyOrgAllows, orgAllows, roleIn, type CorpusRights } from '../auth/principal.ts';
import { principalOf, visibleCorpora, type RouteConfig } from './request-context.ts';

function notFound(code: keyof typeof storeErrors, params: Record<string, unknown>): SilkloomError {
  return new SilkloomError(code, storeErrors[code], params);
}

function require(rights: CorpusRights, action: Action): CorpusRights {
  if (!rights.actions.has(action)) throw apiError('SLM_AUTH_FORBIDDEN', { action });
  return rights;
}

async function corpusScope(req: FastifyRequest, store: Store, name: string, missing: () => SilkloomError, action: Action): Promise<void> {
  const visible = await visibleCorpora(req, store);
  const rights = visible.find((r) => r.corpus.name === name);
  if (!rights) throw missing();
  req.rights = require(rights, action);
}

async function orgScope(req: FastifyRequest, store: Store, org: string, action: Action): Promise<void> {
  const principal = principalOf(req);
  if (!principal.user.admin && !roleIn(principal, org)) throw notFound('SLM_STORE_ORG_NOT_FOUND', { name: org });
  if (principal.user.admin && !(await store.organisations.get(org))) throw notFound('SLM_STORE_ORG_NOT_FOUND', { name: org });
  if (!orgAllows(principal, org, action)) throw apiError('SLM_AUTH_FORBIDDEN', { action });
}

export function registerAuthorisation(app: FastifyInstance, store: Store): void {
  // preValidation: after the body is parsed, before it is checked, so a hidden resource answers 404 whatever the body.
  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config as Partial<RouteConfig>;
    const scope = config.scope;
    if (scope === undefined || scope === 'none') return;
    const principal = principalOf(req);
    const action = config.action as Action;
    const params = (req.params ?? {}) as Record<string, string>;
    switch (scope) {
      case 'user':
        return;
      case 'admin':
        if (!principal.user.admin) throw apiError('SLM_AUTH_FORBIDDEN', { action: 'site administration' });
        return;
      case 'anyOrg':
        if (!anyOrgAllows(principal, action)) throw apiError('SLM_AUTH_FORBIDDEN', { action });
        return;
      case 'org':
        return orgScope(req, store, params.org!, action);
      case 'bodyOrg': {
        const org = (req.body as { ownerOrg?: unknown } | undefined)?.ownerOrg;
        // Without an organisation the body is invalid; validation will say so.
        return typeof org === 'string' ? orgScope(req, store, org, action) : undefined;
      }
      case 'corpus':
        return corpusScope(req, store, params.corpus!, () => notFound('SLM_STORE_CORPUS_NOT_FOUND', { name: params.corpus }), action);
      case 'unit': {
        const missing = () => notFound('SLM_STORE_UNIT_NOT_FOUND', { unitId: params.unitId });
        const unit = await store.units.get(params.unitId!).catch(() => undefined);
        if (!unit) throw missing();
        return corpusScope(req, store, unit.corpus, missing, action);
      }
      case 'run': {
        const missing = () => notFound('SLM_STORE_RUN_NOT_FOUND', { runId: params.runId });
        const run = await store.runs.get(params.runId!).catch(() => undefined);
        if (!run) throw missing();
        if (run.corpus === undefined) {
          if (!principal.user.admin) throw missing();
          return;
        }
        return corpusScope(req, store, run.corpus, missing, action);
      }
    }
  });
}
