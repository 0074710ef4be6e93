import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';
import { batchFor, generatedUnit } from './testing/units.ts';

describeEachDialect('corpora', (h) => {
  test('create, get, require and list with unit counts', async () => {
    const { store } = h();
    const created = await store.corpora.create(
      { name: '中泰旅游', description: 'Thai–Chinese tourism phrases', ownerOrg: 'GDUFS', defaultLicence: 'CC-BY-4.0', domains: ['tourism'] },
      { actor: 'admin' },
    );
    assert.equal(created.name, '中泰旅游');
    assert.equal(created.ownerOrg, 'GDUFS');
    assert.deepEqual(created.domains, ['tourism']);
    assert.match(created.createdAt!, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(await store.corpora.get('中泰旅游'), created);
    assert.deepEqual(await store.corpora.require('中泰旅游'), created);
    assert.equal(await store.corpora.get('missing'), undefined);
    await assert.rejects(store.corpora.require('missing'), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_NOT_FOUND') && err.status === 404);

    await store.corpora.create({ name: 'agri-km' });
    await store.imports.run('agri-km', batchFor('agri'), async (sink) => {
      for (let i = 0; i < 4; i++) await sink.add(generatedUnit(i));
    });
    const list = await store.corpora.list();
    assert.deepEqual(list.map((c) => [c.name, c.units]), [['agri-km', 4], ['中泰旅游', 0]]);
    assert.equal(list[0]!.ownerOrg, undefined);
    const [entry] = (await store.audit.list({ limit: 1 })).filter((e) => e.action === 'corpus.create');
    assert.equal(entry!.actor, 'admin');
    assert.equal(entry!.subject, 'corpus:中泰旅游');
  });

  test('names are unique and checked', async () => {
    const { store } = h();
    await assert.rejects(store.corpora.create({ name: '中泰旅游' }), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_EXISTS') && err.status === 409);
    for (const name of ['', ' padded', 'tab\tname', 'x'.repeat(201)]) {
      await assert.rejects(store.corpora.create({ name }), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_NAME_INVALID'), JSON.stringify(name));
    }
  });

  test('update changes fields, renames, and refuses a taken name', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'draft', description: 'old', ownerOrg: 'GDUFS' });
    const updated = await store.corpora.update('draft', { description: null, ownerOrg: 'Chulalongkorn University', domains: ['education'], defaultLicence: 'CC-BY-SA-4.0' });
    assert.equal(updated.description, undefined);
    assert.equal(updated.ownerOrg, 'Chulalongkorn University');
    assert.deepEqual(updated.domains, ['education']);
    assert.equal(updated.defaultLicence, 'CC-BY-SA-4.0');
    const renamed = await store.corpora.update('draft', { name: 'edu-th' });
    assert.equal(renamed.name, 'edu-th');
    assert.equal(await store.corpora.get('draft'), undefined);
    await assert.rejects(store.corpora.update('edu-th', { name: 'agri-km' }), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_EXISTS'));
    await assert.rejects(store.corpora.update('nope', { description: 'x' }), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_NOT_FOUND'));
  });

  test('organisations are created on first use and can be listed', async () => {
    const { store } = h();
    const org = await store.organisations.ensure('Vientiane Language Institute', { country: 'la' });
    assert.equal(org.country, 'LA');
    assert.deepEqual(await store.organisations.ensure('Vientiane Language Institute'), org);
    assert.deepEqual(
      (await store.organisations.list()).map((o) => o.name),
      ['Chulalongkorn University', 'GDUFS', 'Vientiane Language Institute'],
    );
    await assert.rejects(store.organisations.ensure('Nowhere', { country: 'QQ' }), (err) => isSilkloomError(err, 'SLM_COUNTRY_UNKNOWN'));
  });
});
