import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword } from './auth/passwords.ts';
import { ORG_A, describeServer } from './testing/server-harness.ts';

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const line = Array.isArray(set) ? set[0] : String(set);
  return line.split(';')[0]!;
}

describeServer(
  'auth',
  (s) => {
    test('sign in with a cookie session; CSRF token needed for unsafe requests; sign out', async () => {
      const { app } = s();
      const bad = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'lin@example.org', password: 'wrong' } });
      assert.equal(bad.statusCode, 401);
      assert.equal(bad.json().error.code, 'SLM_AUTH_INVALID_CREDENTIALS');
      const unknown = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'who@example.org', password: 'wrong' } });
      assert.deepEqual(unknown.json(), bad.json(), 'unknown e-mail and wrong password answer the same');

      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'Lin@Example.org', password: 'correct horse battery' } });
      assert.equal(res.statusCode, 200, res.body);
      const session = res.json();
      assert.equal(session.user.email, 'lin@example.org');
      assert.deepEqual(session.user.memberships, [{ org: ORG_A, role: 'curator' }]);
      assert.equal(session.via, 'session');
      const setCookie = String(res.headers['set-cookie']);
      assert.match(setCookie, /slk_session=/);
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Lax/);
      assert.doesNotMatch(setCookie, /Secure/, 'plain http in tests');
      const cookie = cookieOf(res);

      const me = await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().csrfToken, session.csrfToken);

      const noCsrf = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie }, payload: { name: 'x' } });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(noCsrf.json().error.code, 'SLM_AUTH_CSRF');
      const wrongCsrf = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie, 'x-csrf-token': 'nope' }, payload: { name: 'x' } });
      assert.equal(wrongCsrf.statusCode, 403);

      const created = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie, 'x-csrf-token': session.csrfToken }, payload: { name: 'ci' } });
      assert.equal(created.statusCode, 200, created.body);
      const { token, id, prefix } = created.json();
      assert.match(token, /^slk_[A-Za-z0-9_-]{43}$/);
      assert.ok(token.startsWith(prefix));
      const listed = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { authorization: `Bearer ${token}` } });
      assert.equal(listed.statusCode, 200);
      assert.equal(listed.json().tokens.length, 1);
      assert.equal(listed.json().tokens[0].token, undefined, 'the secret is never shown again');
      assert.ok(listed.json().tokens[0].lastUsedAt, 'last use is stamped');

      const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: { authorization: `Bearer ${token}` } });
      assert.equal(revoked.statusCode, 200);
      const after = await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { authorization: `Bearer ${token}` } });
      assert.equal(after.statusCode, 401);
      assert.equal(after.json().error.code, 'SLM_AUTH_TOKEN_INVALID');

      const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': session.csrfToken } });
      assert.equal(out.statusCode, 200);
      const gone = await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
      assert.equal(gone.statusCode, 401);
      assert.equal(gone.json().error.code, 'SLM_AUTH_REQUIRED');
    });

    test('sign-in is rate limited per account', async () => {
      const { app } = s();
      let last;
      for (let i = 0; i < 4; i++) {
        last = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'limited@example.org', password: `guess ${i}` } });
      }
      assert.equal(last!.statusCode, 429);
      assert.equal(last!.json().error.code, 'SLM_AUTH_RATE_LIMITED');
      assert.ok(Number(last!.headers['retry-after']) > 0);
    });

    test('errors are coded: validation, unknown route, media type, bad bearer', async () => {
      const { app } = s();
      const invalid = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x' } });
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().error.code, 'SLM_API_VALIDATION');
      const route = await app.inject({ method: 'GET', url: '/api/v1/nope' });
      assert.equal(route.statusCode, 404);
      assert.equal(route.json().error.code, 'SLM_API_ROUTE_NOT_FOUND');
      const form = await app.inject({
        method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a&password=b',
      });
      assert.equal(form.statusCode, 415);
      assert.equal(form.json().error.code, 'SLM_API_UNSUPPORTED_MEDIA_TYPE');
      const bearer = await app.inject({ method: 'GET', url: '/api/v1/corpora', headers: { authorization: 'Bearer slk_forged' } });
      assert.equal(bearer.statusCode, 401);
      assert.equal(bearer.json().error.code, 'SLM_AUTH_TOKEN_INVALID');
    });

    test('secure headers with a same-origin CSP', async () => {
      const { app } = s();
      const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['strict-transport-security']);
    });
  },
  {
    login: { perAccount: 3 },
    seed: async (h) => {
      const user = await h.store.users.create({ email: 'lin@example.org', passwordHash: await hashPassword('correct horse battery') });
      await h.store.memberships.put(ORG_A, user.userId, 'curator');
    },
  },
);
