import assert from 'node:assert/strict';
import { test } from 'node:test';
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
