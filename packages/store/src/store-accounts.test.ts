import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';
const hex = (c: string) => c.repeat(64);

describeEachDialect('accounts', (h) => {
  test('users: create, find by e-mail (case-insensitive), unique, audited', async () => {
    const { store } = h();
    const user = await store.users.create({ email: ' Li.Wei@Example.CN ', passwordHash: HASH, admin: true }, { actor: 'cli:root' });
    assert.equal(user.email, 'li.wei@example.cn');
    assert.equal(user.admin, true);
    assert.deepEqual(await store.users.get(user.userId), user);
    assert.deepEqual((await store.users.credentials('LI.WEI@example.cn'))?.passwordHash, HASH);
    await assert.rejects(store.users.create({ email: 'li.wei@example.cn', passwordHash: HASH }), (e) => isSilkloomError(e, 'SLM_STORE_USER_EXISTS') && e.status === 409);
    await assert.rejects(store.users.create({ email: 'not-an-address', passwordHash: HASH }), (e) => isSilkloomError(e, 'SLM_STORE_USER_INVALID'));
    const audit = await store.audit.list();
    assert.ok(audit.some((e) => e.action === 'user.create' && e.actor === 'cli:root'));
  });

  test('organisations and memberships: one role per user per organisation', async () => {
    const { store } = h();
    await store.memberships.createOrg('GDUFS', 'cn');
    await store.memberships.createOrg('Chula', 'TH');
    await assert.rejects(store.memberships.createOrg('GDUFS', 'CN'), (e) => isSilkloomError(e, 'SLM_STORE_ORG_EXISTS'));
    const user = await store.users.create({ email: 'som@chula.th', passwordHash: HASH });
    await store.memberships.put('Chula', user.userId, 'viewer');
    const changed = await store.memberships.put('Chula', user.userId, 'curator');
    assert.equal(changed.role, 'curator');
    await store.memberships.put('GDUFS', user.userId, 'validator');
    assert.deepEqual((await store.memberships.forUser(user.userId)).map((m) => [m.org, m.orgCountry, m.role]), [['Chula', 'TH', 'curator'], ['GDUFS', 'CN', 'validator']]);
    assert.deepEqual((await store.memberships.forOrg('Chula')).map((m) => m.email), ['som@chula.th']);
    await assert.rejects(store.memberships.put('Chula', user.userId, 'king' as never), (e) => isSilkloomError(e, 'SLM_STORE_ROLE_INVALID'));
    await assert.rejects(store.memberships.put('Nowhere', user.userId, 'viewer'), (e) => isSilkloomError(e, 'SLM_STORE_ORG_NOT_FOUND'));
    assert.equal(await store.memberships.remove('GDUFS', user.userId), true);
    assert.equal(await store.memberships.remove('GDUFS', user.userId), false);
  });

  test('sessions and tokens are found by hash; tokens revoke per user', async () => {
    const { store } = h();
    const user = await store.users.create({ email: 'tok@example.org', passwordHash: HASH });
    const other = await store.users.create({ email: 'other@example.org', passwordHash: HASH });
    await store.sessions.create({ idHash: hex('a'), userId: user.userId, csrfToken: 'csrf', expiresAt: '2099-01-01T00:00:00.000Z' });
    assert.equal((await store.sessions.get(hex('a')))?.csrfToken, 'csrf');
    await store.sessions.create({ idHash: hex('b'), userId: user.userId, csrfToken: 'x', expiresAt: '2000-01-01T00:00:00.000Z' });
    assert.equal(await store.sessions.deleteExpired(), 1);
    await store.sessions.delete(hex('a'));
    assert.equal(await store.sessions.get(hex('a')), undefined);

    const token = await store.tokens.create({ userId: user.userId, name: 'ci', tokenHash: hex('c'), prefix: 'slk_abcd' });
    assert.equal((await store.tokens.findByHash(hex('c')))?.tokenId, token.tokenId);
    await store.tokens.touch(token.tokenId);
    assert.ok((await store.tokens.findByHash(hex('c')))?.lastUsedAt);
    assert.equal(await store.tokens.revoke(other.userId, token.tokenId), false, 'another user cannot revoke it');
    assert.equal(await store.tokens.revoke(user.userId, token.tokenId), true);
    assert.ok((await store.tokens.findByHash(hex('c')))?.revokedAt);
  });

  test('sharing agreements and corpus access', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'zh-th-agri', ownerOrg: 'GDUFS' });
    await assert.rejects(
      store.shares.create({ corpus: 'zh-th-agri', org: 'GDUFS', licence: 'CC-BY-4.0', purposes: ['research'], destinations: [] }),
      (e) => isSilkloomError(e, 'SLM_STORE_SHARE_INVALID'),
    );
    const share = await store.shares.create(
      { corpus: 'zh-th-agri', org: 'Chula', licence: 'CC-BY-4.0', purposes: ['research'], destinations: ['th'], validFrom: '2026-01-01', validUntil: '2027-12-31' },
      { actor: 'user:1' },
    );
    assert.deepEqual(share.destinations, ['TH']);
    await store.access.setVisibility('zh-th-agri', 'public');
    let [access] = (await store.access.corpora()).filter((c) => c.name === 'zh-th-agri');
    assert.equal(access!.visibility, 'public');
    assert.equal(access!.ownerOrg, 'GDUFS');
    assert.deepEqual(access!.shares.map((s) => s.org), ['Chula']);
    await store.shares.revoke('zh-th-agri', share.shareId);
    [access] = (await store.access.corpora()).filter((c) => c.name === 'zh-th-agri');
    assert.deepEqual(access!.shares, []);
    assert.ok((await store.shares.list('zh-th-agri'))[0]!.revokedAt);
    await assert.rejects(store.shares.revoke('zh-th-agri', '999'), (e) => isSilkloomError(e, 'SLM_STORE_SHARE_NOT_FOUND'));
    assert.equal((await store.audit.verify()).ok, true);
  });
});
