/**
 * Sign-in, sign-out, the current session, API tokens. Sign-in answers the same
 * SLM_AUTH_INVALID_CREDENTIALS for an unknown e-mail and a wrong password and
 * spends the same argon2 time on both; it is rate limited per address and
 * per account.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiError, routes } from '@silkloom/contract';
import type { ServerContext } from '../../context.ts';
import { decoyHash, verifyPassword } from '../../auth/passwords.ts';
import { newApiToken, randomSecret, sha256Hex } from '../../auth/secrets.ts';
import { SESSION_COOKIE } from '../../plugins/authenticate.ts';
import { principalOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { sessionView } from './session-view.ts';

function secure(ctx: ServerContext, req: FastifyRequest): boolean {
  return ctx.secureCookies === 'auto' ? req.protocol === 'https' : ctx.secureCookies;
}

function setSessionCookie(ctx: ServerContext, req: FastifyRequest, reply: FastifyReply, value: string, maxAgeS: number): void {
  reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: secure(ctx, req), path: '/', maxAge: maxAgeS });
}

export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store, limiter } = ctx;

  handle(app, routes.login, async (req, reply) => {
    const email = req.body.email.trim().toLowerCase();
    const wait = limiter.check(req.ip, email);
    if (wait > 0) throw apiError('SLM_AUTH_RATE_LIMITED', { seconds: wait });
    const found = await store.users.credentials(email);
    const ok = await verifyPassword(found?.passwordHash ?? (await decoyHash()), req.body.password);
    if (!found || !ok) {
      limiter.failed(email);
      throw apiError('SLM_AUTH_INVALID_CREDENTIALS');
    }
    if (found.user.disabledAt) throw apiError('SLM_AUTH_USER_DISABLED');
    limiter.succeeded(email);
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + ctx.sessionTtlMs).toISOString();
    const csrfToken = randomSecret();
    await store.sessions.create({ idHash: sha256Hex(secret), userId: found.user.userId, csrfToken, expiresAt });
    setSessionCookie(ctx, req, reply, secret, Math.floor(ctx.sessionTtlMs / 1000));
    const memberships = await store.memberships.forUser(found.user.userId);
    return sessionView({ user: found.user, memberships, via: 'session', csrfToken, sessionExpiresAt: expiresAt });
  });

  handle(app, routes.logout, async (req, reply) => {
    const principal = principalOf(req);
    if (principal.sessionHash) await store.sessions.delete(principal.sessionHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  handle(app, routes.session, async (req) => sessionView(principalOf(req)));

  handle(app, routes.listTokens, async (req) => {
    const tokens = await store.tokens.list(principalOf(req).user.userId);
    return { tokens: tokens.map(({ tokenId, userId: _u, ...rest }) => ({ id: tokenId, ...rest })) };
  });

  handle(app, routes.createToken, async (req) => {
    const { token, prefix } = newApiToken();
    const expiresAt = req.body.expiresInDays ? new Date(Date.now() + req.body.expiresInDays * 86_400_000).toISOString() : undefined;
    const record = await store.tokens.create({
      userId: principalOf(req).user.userId,
      name: req.body.name,
      tokenHash: sha256Hex(token),
      prefix,
      ...(expiresAt ? { expiresAt } : {}),
    });
    const { tokenId, userId: _u, ...rest } = record;
    return { id: tokenId, ...rest, token };
  });

  handle(app, routes.revokeToken, async (req) => {
    const revoked = await store.tokens.revoke(principalOf(req).user.userId, req.params.id);
    if (!revoked) throw apiError('SLM_API_NOT_FOUND', { thing: 'token', name: req.params.id });
    return { ok: true };
  });
}
