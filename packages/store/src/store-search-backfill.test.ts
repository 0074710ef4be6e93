import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrations/migration.ts';
import { openEngine, storeOn } from './open-store.ts';
import { freshTestLocation, testDialects } from './testing/index.ts';

for (const dialect of testDialects()) {
  test(`migration 0101 indexes the variants stored before it [${dialect}]`, async () => {
    const loc = await freshTestLocation(dialect);
    const engine = await openEngine(loc.location);
    try {
      const before = MIGRATIONS.findIndex((m) => m.id === '0101_search');
      await runMigrations(engine, MIGRATIONS.slice(0, before));
      const now = new Date().toISOString();
      await engine.transaction(async (tx) => {
        await tx.exec(`INSERT INTO corpora (id, name, domains, created_at, updated_at) VALUES (1, 'old', '[]', '${now}', '${now}')`);
        await tx.exec(`INSERT INTO units (id, corpus_id, ext_id, status, domains, withdrawn, created_at, updated_at) VALUES (7, 1, 'u7', 'raw', '[]', 0, '${now}', '${now}')`);
        await tx.exec(`INSERT INTO variants (unit_id, lang, ord, text) VALUES (7, 'zh-Hans', 0, '迁移之前的句子。'), (7, 'th', 1, 'ประโยคก่อนการย้าย')`);
      });
      await runMigrations(engine, MIGRATIONS);
      const store = storeOn(engine);
      assert.deepEqual((await store.search.find({ query: '之前的' })).hits.map((h) => h.unitId), ['7']);
      assert.deepEqual((await store.search.find({ query: '迁移' })).hits.map((h) => h.lang), ['zh-Hans']);
      assert.equal((await store.search.find({ query: 'ก่อนการ' })).total, 1);
    } finally {
      await engine.close();
      await loc.dispose();
    }
  });
}

if (testDialects().includes('postgres')) {
  test('variants written by SQL get their CJK grams from the trigger, an UPDATE of the text replaces them [postgres]', async () => {
    const loc = await freshTestLocation('postgres');
    const engine = await openEngine(loc.location);
    try {
      await runMigrations(engine, MIGRATIONS);
      const now = new Date().toISOString();
      const exec = (sqlText: string) => engine.transaction((tx) => tx.exec(sqlText));
      await exec(`INSERT INTO corpora (id, name, domains, created_at, updated_at) VALUES (1, 'outside', '[]', '${now}', '${now}')`);
      await exec(`INSERT INTO units (id, corpus_id, ext_id, status, domains, withdrawn, created_at, updated_at) VALUES (7, 1, 'u7', 'raw', '[]', 0, '${now}', '${now}')`);
      await exec(`INSERT INTO variants (unit_id, lang, ord, text) VALUES (7, 'zh-Hans', 0, '外部写入的句子。'), (7, 'en', 1, 'Written from outside.')`);
      const store = storeOn(engine);
      const units = async (query: string) => (await store.search.find({ query })).hits.map((h) => `${h.unitId}.${h.lang}`);
      assert.deepEqual(await units('写入'), ['7.zh-Hans']);
      await exec(`UPDATE variants SET text = '后来改写的句子。' WHERE unit_id = 7 AND lang = 'zh-Hans'`);
      assert.deepEqual(await units('写入'), []);
      assert.deepEqual(await units('改写'), ['7.zh-Hans']);
      await exec(`UPDATE variants SET text = 'No CJK any more.' WHERE unit_id = 7 AND lang = 'zh-Hans'`);
      await exec('DELETE FROM variants WHERE unit_id = 7');
      const left = await engine.transaction(async (tx) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM variant_cjk_grams`.execute(tx.db)).rows[0]!.n);
      assert.equal(left, 0);
    } finally {
      await engine.close();
      await loc.dispose();
    }
  });
}
