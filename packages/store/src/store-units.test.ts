import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError, type StoredUnit } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';
import { batchFor, generatedUnit } from './testing/units.ts';

const N = 5000;

describeEachDialect('units', (h) => {
  test('setup: a corpus of generated units and one of fixtures in several languages', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'big' });
    await store.imports.run('big', batchFor('big'), async (sink) => {
      for (let i = 0; i < N; i++) await sink.add(generatedUnit(i));
    });
    await store.corpora.create({ name: 'mixed' });
    await store.imports.run('mixed', batchFor('mixed'), async (sink) => {
      await sink.add({ id: 'a', variants: { 'zh-Hans': { text: '你好' }, th: { text: 'สวัสดี' }, ar: { text: 'مرحبا' } }, status: 'raw', domains: ['tourism'], provenance: {} });
      await sink.add({ id: 'b', variants: { 'zh-Hant': { text: '你好' }, 'th-TH': { text: 'สวัสดี' } }, status: 'clean', domains: [], provenance: {} });
      await sink.add({ id: 'c', variants: { en: { text: 'hello' }, vi: { text: 'xin chào' } }, status: 'validated', domains: ['tourism', 'education'], provenance: {} });
    });
  });

  test('stream walks every unit once, in id order, by keyset pages', async () => {
    const { store } = h();
    let count = 0;
    let last = 0;
    const seen = new Set<string>();
    for await (const unit of store.units.stream({ corpus: 'big' }, { pageSize: 700 })) {
      const id = Number(unit.unitId);
      assert.ok(id > last, 'ascending ids');
      last = id;
      seen.add(unit.id);
      count += 1;
    }
    assert.equal(count, N);
    assert.equal(seen.size, N);
  });

  test('list pages with a cursor and ends without one', async () => {
    const { store } = h();
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.units.list({ corpus: 'big', langs: ['vi'] }, { limit: 1000, cursor });
      ids.push(...page.units.map((u) => u.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    assert.equal(ids.length, N / 2);
    assert.equal(pages, 3);
    assert.ok(ids.every((id) => Number(id.slice(2)) % 2 === 1));
    await assert.rejects(store.units.list({}, { cursor: 'abc' }), (err) => isSilkloomError(err, 'SLM_STORE_FILTER_INVALID'));
  });

  test('language filters are RFC 4647 ranges and all must match', async () => {
    const { store } = h();
    const ids = async (langs: string[]) => (await store.units.list({ corpus: 'mixed', langs })).units.map((u) => u.id);
    assert.deepEqual(await ids(['zh']), ['a', 'b']);
    assert.deepEqual(await ids(['zh-Hans']), ['a']);
    assert.deepEqual(await ids(['zh_TW']), ['b']);
    assert.deepEqual(await ids(['th']), ['a', 'b'], 'th matches th-TH');
    assert.deepEqual(await ids(['zh', 'ar']), ['a']);
    assert.deepEqual(await ids(['en', 'th']), []);
    assert.deepEqual(await ids(['km']), [], 'a range no stored tag matches');
    assert.equal(await store.units.count({ langs: ['zh-Hans', 'th'] }), N / 2 + 1);
  });

  test('status, domain and batch filters combine', async () => {
    const { store } = h();
    assert.equal(await store.units.count({ corpus: 'mixed', status: 'clean' }), 1);
    assert.equal(await store.units.count({ corpus: 'mixed', status: ['clean', 'validated'] }), 2);
    assert.equal(await store.units.count({ corpus: 'mixed', domain: 'tourism' }), 2);
    assert.equal(await store.units.count({ corpus: 'mixed', domain: 'tourism', status: 'validated' }), 1);
    assert.equal(await store.units.count({ corpus: 'big', domain: 'agriculture' }), Math.ceil(N / 3));
    const [batch] = await store.imports.list('mixed');
    assert.equal(await store.units.count({ batchId: batch!.batchId }), 3);
    assert.equal(await store.units.count({ batchId: '987654' }), 0);
    await assert.rejects(store.units.count({ status: 'dirty' as never }), (err) => isSilkloomError(err, 'SLM_STORE_FILTER_INVALID'));
    await assert.rejects(store.units.count({ corpus: 'none' }), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_NOT_FOUND'));
  });

  test('stats count units, variants per language, pairs, statuses, domains and batches', async () => {
    const { store } = h();
    assert.deepEqual(await store.stats('mixed'), {
      units: 3,
      variantsByLang: { 'zh-Hans': 1, th: 1, ar: 1, 'zh-Hant': 1, 'th-TH': 1, en: 1, vi: 1 },
      pairs: { 'zh-Hans:th': 1, 'zh-Hans:ar': 1, 'ar:th': 1, 'th-TH:zh-Hant': 1, 'en:vi': 1 },
      statuses: { raw: 1, clean: 1, validated: 1 },
      domains: { tourism: 2, education: 1 },
      batches: 1,
    });
    const all = await store.stats();
    assert.equal(all.units, N + 3);
    assert.equal(all.pairs['zh-Hans:th'], N / 2 + 1);
    assert.equal(all.pairs['zh-Hans:vi'], N / 2);
    assert.equal(all.batches, 2);
  });

  test('setStatus changes many units in one transaction, and none when one is missing', async () => {
    const { store } = h();
    const first = (await store.units.list({ corpus: 'big' }, { limit: 10 })).units;
    const changed = await store.units.setStatus([
      ...first.slice(0, 5).map((u) => ({ unitId: u.unitId, status: 'rejected' as const, reasons: ['length_ratio'] })),
      ...first.slice(5).map((u) => ({ unitId: u.unitId, status: 'clean' as const })),
    ]);
    assert.equal(changed, 10);
    const after = await store.units.get(first[0]!.unitId);
    assert.equal(after.status, 'rejected');
    assert.deepEqual(after.rejectReasons, ['length_ratio']);
    assert.ok(after.updatedAt >= first[0]!.updatedAt);
    assert.equal((await store.units.get(first[5]!.unitId)).rejectReasons, undefined);
    assert.equal(await store.units.count({ corpus: 'big', status: 'rejected' }), 5);

    await assert.rejects(
      store.units.setStatus([{ unitId: first[6]!.unitId, status: 'rejected', reasons: ['x'] }, { unitId: '99999999', status: 'clean' }]),
      (err) => isSilkloomError(err, 'SLM_STORE_UNIT_NOT_FOUND'),
    );
    assert.equal((await store.units.get(first[6]!.unitId)).status, 'clean', 'rolled back');
    await assert.rejects(store.units.setStatus([{ unitId: first[0]!.unitId, status: 'bogus' as never }]), (err) =>
      isSilkloomError(err, 'SLM_STORE_FILTER_INVALID'),
    );
  });

  test('setDomains replaces domain labels', async () => {
    const { store } = h();
    const [unit] = (await store.units.list({ corpus: 'mixed' }, { limit: 1 })).units as [StoredUnit];
    assert.equal(await store.units.setDomains([{ unitId: unit.unitId, domains: ['medical', 'law'] }]), 1);
    assert.deepEqual((await store.units.get(unit.unitId)).domains, ['medical', 'law']);
    assert.equal(await store.units.count({ corpus: 'mixed', domain: 'law' }), 1);
    assert.deepEqual((await store.stats('mixed')).domains, { medical: 1, law: 1, tourism: 1, education: 1 });
  });

  test('unknown unit ids are coded errors', async () => {
    const { store } = h();
    await assert.rejects(store.units.get('12345678'), (err) => isSilkloomError(err, 'SLM_STORE_UNIT_NOT_FOUND'));
    await assert.rejects(store.units.get('u-1'), (err) => isSilkloomError(err, 'SLM_STORE_UNIT_NOT_FOUND'));
  });
});
