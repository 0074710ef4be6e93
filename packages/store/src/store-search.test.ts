import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TranslationUnit } from '@silkloom/core';
import { isSilkloomError } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';
import { batchFor } from './testing/units.ts';

const ROWS: Array<[string, Record<string, string>, string]> = [
  ['u1', { 'zh-Hans': '鸿蒙操作系统在广州发布。', th: 'ระบบปฏิบัติการหงเหมิงเปิดตัวที่กวางโจว', en: 'The HarmonyOS system was launched in Guangzhou.' }, 'industry'],
  ['u2', { 'zh-Hans': '农民在田里种水稻。', km: 'កសិករដាំស្រូវនៅវាលស្រែ។', vi: 'Nông dân trồng lúa trên ruộng.' }, 'agriculture'],
  ['u3', { 'zh-Hans': '请问火车站在哪里？', ar: 'من فضلك، أين محطة القطار؟', en: 'Excuse me, where is the railway station?' }, 'tourism'],
  ['u4', { 'zh-Hans': '广州的火车站很大。', th: 'สถานีรถไฟกวางโจวใหญ่มาก' }, 'tourism'],
  ['u5', { 'zh-Hans': '鸿，蒙是两个字。', en: 'Two characters with a comma between them.' }, 'general'],
];

function unitsOf(rows: typeof ROWS): TranslationUnit[] {
  return rows.map(([id, texts, domain]) => ({
    id,
    variants: Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, { text }])),
    status: 'clean',
    domains: [domain],
    provenance: {},
  }));
}

describeEachDialect('search', (h) => {
  test('substring search in Chinese, Thai, Khmer, Arabic and English, with aligned variants', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'demo-search' });
    await store.imports.run('demo-search', batchFor('search'), async (sink) => {
      for (const unit of unitsOf(ROWS)) await sink.add(unit);
    });
    await store.corpora.create({ name: 'other' });
    await store.imports.run('other', batchFor('other'), async (sink) => {
      for (const unit of unitsOf([['o1', { 'zh-Hans': '火车站旁边有餐厅。', en: 'There is a restaurant next to the railway station.' }, 'tourism']])) await sink.add(unit);
    });
    const texts = async (query: string, extra = {}) => (await store.search.find({ query, ...extra })).hits.map((h) => `${h.lang}:${h.text}`);
    assert.deepEqual(await texts('操作系统'), ['zh-Hans:鸿蒙操作系统在广州发布。']);
    assert.deepEqual(await texts('สถานีรถไฟ'), ['th:สถานีรถไฟกวางโจวใหญ่มาก']);
    assert.deepEqual(await texts('ស្រូវ'), ['km:កសិករដាំស្រូវនៅវាលស្រែ។']);
    assert.deepEqual(await texts('محطة'), ['ar:من فضلك، أين محطة القطار؟']);
    assert.deepEqual(await texts('RAILWAY station'), ['en:Excuse me, where is the railway station?', 'en:There is a restaurant next to the railway station.']);
    const page = await store.search.find({ query: 'railway', corpora: ['demo-search'] });
    assert.equal(page.total, 1);
    assert.equal(page.totalExact, true);
    const aligned = await store.search.variantsOf([page.hits[0]!.unitId]);
    assert.equal(aligned.get(page.hits[0]!.unitId)!['zh-Hans'], '请问火车站在哪里？');
  });

  test('one- and two-character Chinese queries use the CJK index and respect adjacency', async () => {
    const { store } = h();
    assert.deepEqual((await store.search.find({ query: '鸿蒙' })).hits.map((h) => h.text), ['鸿蒙操作系统在广州发布。'], '鸿，蒙 is not 鸿蒙');
    const station = await store.search.find({ query: '车站', langs: ['zh'] });
    assert.equal(station.total, 3);
    assert.deepEqual((await store.search.find({ query: '稻' })).hits.map((h) => h.text), ['农民在田里种水稻。']);
    await assert.rejects(store.search.find({ query: 'ab' }), (e) => isSilkloomError(e, 'SLM_STORE_SEARCH_QUERY_INVALID') && e.status === 400);
  });

  test('filters, paging by cursor, facets, withdrawn units leave the index', async () => {
    const { store } = h();
    const first = await store.search.find({ query: '车站', limit: 2, facets: true });
    assert.equal(first.hits.length, 2);
    assert.ok(first.nextCursor);
    assert.deepEqual(first.byCorpus, { 'demo-search': 2, other: 1 });
    assert.deepEqual(first.byDomain, { tourism: 3 });
    const second = await store.search.find({ query: '车站', limit: 2, cursor: first.nextCursor });
    assert.equal(second.hits.length, 1);
    assert.equal(second.nextCursor, undefined);
    assert.equal((await store.search.find({ query: '广州', domain: 'industry' })).total, 1);
    assert.equal((await store.search.find({ query: '广州', langs: ['th'] })).total, 0);
    assert.equal((await store.search.find({ query: '广州', corpora: [] })).total, 0);
    const batch = (await store.imports.list('other'))[0]!;
    await store.imports.withdraw(batch.batchId);
    assert.equal((await store.search.find({ query: '车站' })).total, 2);
  });

  test('translation-memory candidates for an edited sentence', async () => {
    const { store } = h();
    const candidates = await store.search.similar({ text: '请问火车站在那里？', langs: ['zh'] });
    assert.equal(candidates[0]?.text, '请问火车站在哪里？');
    const en = await store.search.similar({ text: 'Excuse me, where is the bus station?', langs: ['en'] });
    assert.equal(en[0]?.text, 'Excuse me, where is the railway station?');
  });
});
