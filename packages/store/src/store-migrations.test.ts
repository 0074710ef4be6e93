import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { MIGRATIONS } from './migrations/index.ts';
import { type Migration, runMigrations } from './migrations/migration.ts';
import { openEngine, openStore, resolveStoreLocation } from './open-store.ts';
import { describeEachDialect, snapshot } from './testing/dialect-harness.ts';
import { batchFor, generatedUnit } from './testing/units.ts';

const broken: Migration = {
  id: '9001_broken',
  up: {
    sqlite: 'CREATE TABLE half_done (x TEXT); INSERT INTO half_done VALUES (1); SELECT * FROM no_such_table',
    postgres: 'CREATE TABLE half_done (x text); INSERT INTO half_done VALUES (1); SELECT * FROM no_such_table',
  },
};

const addsTable: Migration = {
  id: '9002_adds_table',
  up: {
    sqlite: async (tx) => tx.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT)'),
    postgres: async (tx) => tx.exec('CREATE TABLE later_feature (id bigint PRIMARY KEY, note text)'),
  },
};

describeEachDialect('migrations', (h) => {
  test('opening a store again applies nothing and keeps its data', async () => {
    const { store, location, raw } = h();
    await store.corpora.create({ name: 'kept' });
    await store.imports.run('kept', batchFor('kept'), async (sink) => sink.add(generatedUnit(1)));
    const before = await snapshot(raw);
    const again = await openStore(location);
    try {
      assert.equal(await again.units.count({ corpus: 'kept' }), 1);
    } finally {
      await again.close();
    }
    assert.deepEqual(await snapshot(raw), before);
    assert.deepEqual(before.silkloom_migrations!.length, MIGRATIONS.length);
  });

  test('a failing migration names itself and leaves the schema as it was', async () => {
    const { location, raw } = h();
    const before = await snapshot(raw);
    const engine = await openEngine(location);
    try {
      const err = await runMigrations(engine, [...MIGRATIONS, broken]).catch((e: unknown) => e);
      assert.ok(isSilkloomError(err, 'SLM_STORE_MIGRATION_FAILED'), String(err));
      assert.equal(err.params.id, '9001_broken');
      assert.match(err.message, /9001_broken/);
      assert.ok(err.cause, 'keeps the driver error');
    } finally {
      await engine.close();
    }
    assert.deepEqual(await snapshot(raw), before);
    assert.ok(!(await raw.tables()).includes('half_done'));
  });

  test('an appended migration runs once; a store migrated by newer code is refused by older code', async () => {
    const { location, raw } = h();
    const engine = await openEngine(location);
    try {
      assert.deepEqual(await runMigrations(engine, [...MIGRATIONS, addsTable]), ['9002_adds_table']);
      assert.deepEqual(await runMigrations(engine, [...MIGRATIONS, addsTable]), []);
    } finally {
      await engine.close();
    }
    assert.ok((await raw.tables()).includes('later_feature'));
    await assert.rejects(openStore(location), (err) => isSilkloomError(err, 'SLM_STORE_SCHEMA_TOO_NEW') && /9002_adds_table/.test(err.message));
  });
});

test('locations that cannot be opened are coded errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'silkloom-loc-'));
  try {
    await assert.rejects(openStore({ kind: 'sqlite', path: join(dir, 'missing', 'x.db') }), (err) =>
      isSilkloomError(err, 'SLM_STORE_CONNECT_FAILED'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(openStore({ kind: 'postgres', url: 'postgres://postgres:secret@127.0.0.1:1/test' }), (err) =>
    isSilkloomError(err, 'SLM_STORE_CONNECT_FAILED') && !err.message.includes('secret') && err.message.includes('***'),
  );
  await assert.rejects(openStore({ kind: 'postgres', url: 'postgres://x/y', schema: 'Bad-Name' }), (err) =>
    isSilkloomError(err, 'SLM_STORE_LOCATION_INVALID'),
  );
  await assert.rejects(openStore({ kind: 'postgres', url: 'mysql://x/y' }), (err) => isSilkloomError(err, 'SLM_STORE_LOCATION_INVALID'));
  await assert.rejects(openStore({ kind: 'oracle' } as never), (err) => isSilkloomError(err, 'SLM_STORE_LOCATION_INVALID'));
});

test('resolveStoreLocation: --db, then a database URL, then SILKLOOM_DB, then ./silkloom.db', () => {
  assert.deepEqual(resolveStoreLocation({}, {}), { kind: 'sqlite', path: './silkloom.db' });
  assert.deepEqual(resolveStoreLocation({}, { SILKLOOM_DB: '/data/s.db' }), { kind: 'sqlite', path: '/data/s.db' });
  assert.deepEqual(resolveStoreLocation({}, { SILKLOOM_DB: '/data/s.db', SILKLOOM_DATABASE_URL: 'postgres://h/db' }), {
    kind: 'postgres',
    url: 'postgres://h/db',
  });
  assert.deepEqual(resolveStoreLocation({ databaseUrl: 'postgres://a/b' }, {}), { kind: 'postgres', url: 'postgres://a/b' });
  assert.deepEqual(resolveStoreLocation({ db: 'x.db' }, { SILKLOOM_DATABASE_URL: 'postgres://h/db' }), { kind: 'sqlite', path: 'x.db' });
});
