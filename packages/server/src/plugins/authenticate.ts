/**
 * Authentication, on every request: an `Authorization: Bearer slk_…` API token,
 * or the `slk_session` cookie. Cookie-authenticated unsafe requests
 * (POST/PUT/PATCH/DELETE) must repeat the session's CSRF token in the
 * X-CSRF-Token header — a synchronizer token that a cross-site page cannot
 * read — on top of SameSite=Lax. Token requests need no CSRF token: browsers
 * never add an Authorization header by themselves.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError } from '@silkloom/contract';
import type { Store } from '@silkloom/store';
import type { Principal } from '../auth/principal.ts';
import { TOKEN_PREFIX, sameSecret, sha256Hex } from '../auth/secrets.ts';

export const SESSION_COOKIE = 'slk_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Last-use stamps are written at most this often per token/session (one write per request would be too many). */
const TOUCH_EVERY_MS = 60_000;

export interface SessionPolicy {
  /** Idle lifetime of a session in ms; each use extends it (default 7 days). */
  ttlMs: number;
}

async function fromToken(store: Store, token: string): Promise<Principal> {
  if (!token.startsWith(TOKEN_PREFIX)) throw apiError('SLM_AUTH_TOKEN_INVALID');
  const record = await store.tokens.findByHash(sha256Hex(token));
  const now = new Date().toISOString();
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) throw apiError('SLM_AUTH_TOKEN_INVALID');
  const user = await store.users.get(record.userId);
  if (!user) throw apiError('SLM_AUTH_TOKEN_INVALID');
  if (user.disabledAt) throw apiError('SLM_AUTH_USER_DISABLED');
  if (!record.lastUsedAt || Date.parse(now) - Date.parse(record.lastUsedAt) > TOUCH_EVERY_MS) await store.tokens.touch(record.tokenId, now);
  return { user, memberships: await store.memberships.forUser(user.userId), via: 'token' };
}

async function fromSession(store: Store, secret: string, policy: SessionPolicy): Promise<Principal | undefined> {
  const idHash = sha256Hex(secret);
  const session = await store.sessions.get(idHash);
  const now = Date.now();
  if (!session || Date.parse(session.expiresAt) <= now) return undefined;
  const user = await store.users.get(session.userId);
  if (!user || user.disabledAt) return undefined;
  let expiresAt = session.expiresAt;
  if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    expiresAt = new Date(now + policy.ttlMs).toISOString();
    await store.sessions.touch(idHash, expiresAt);
  }
  return {
    user,
    memberships: await store.memberships.forUser(user.userId),
    via: 'session',
    csrfToken: session.csrfToken,
    sessionExpiresAt: expiresAt,
    sessionHash: idHash,
  };
}

function checkCsrf(req: FastifyRequest, principal: Principal): void {
  if (principal.via !== 'session' || SAFE_METHODS.has(req.method)) return;
  const header = req.headers['x-csrf-token'];
  if (typeof header !== 'string' || !principal.csrfToken || !sameSecret(header, principal.csrfToken)) {
    throw apiError('SLM_AUTH_CSRF', { method: req.method });
  }
}

export function registerAuthentication(app: FastifyInstance, store: Store, policy: SessionPolicy): void {
  app.addHook('onRequest', async (req) => {
    const scope = (req.routeOptions.config as { scope?: string }).scope;
    const authorization = req.headers.authorization;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw apiError('SLM_AUTH_TOKEN_INVALID');
      req.principal = await fromToken(store, match[1]!);
      return;
    }
    const secret = req.cookies?.[SESSION_COOKIE];
    if (secret) {
      const principal = await fromSession(store, secret, policy);
      if (principal) {
        // Sign-in itself needs no token (it takes only JSON, which a cross-site form cannot send).
        if (scope !== 'none') checkCsrf(req, principal);
        req.principal = principal;
      }
    }
    // Before the body is even read: an anonymous caller learns nothing from validation errors.
    if (scope !== undefined && scope !== 'none' && !req.principal) throw apiError('SLM_AUTH_REQUIRED');
  });
}
