import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { describeEachDialect, snapshot } from './testing/dialect-harness.ts';
import { batchFor, fixtureUnits, generatedUnit } from './testing/units.ts';

describeEachDialect('imports', (h) => {
  test('units round-trip with markup, meta, variant order and merged provenance', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'round-trip' });
    const units = fixtureUnits();
    const batch = batchFor('travel', { contributor: 'GDUFS corpus lab', organisation: 'GDUFS', originJurisdiction: 'cn', licence: 'CC-BY-4.0', collectedAt: '2026-03-01', domains: ['tourism'], options: { src: 'zh-Hans' } });
    const result = await store.imports.run('round-trip', batch, async (sink) => {
      for (const unit of units) await sink.add(unit);
      assert.equal(sink.added, 3);
    });
    assert.deepEqual(result.byLang, { 'zh-Hans': 2, th: 1, ar: 1, my: 1, km: 1, 'zh-Hant': 1, vi: 1, 'ms-Arab': 1 });
    assert.equal(result.units, 3);
    assert.equal(result.variants, 9);

    const page = await store.units.list({ corpus: 'round-trip' });
    assert.equal(page.units.length, 3);
    assert.equal(page.nextCursor, undefined);
    const [first, second, third] = page.units;
    for (const [stored, original] of [[first, units[0]], [second, units[1]], [third, units[2]]] as const) {
      assert.deepEqual(stored!.variants, original!.variants);
      assert.deepEqual(Object.keys(stored!.variants), Object.keys(original!.variants), 'variant order is kept');
      assert.equal(stored!.id, original!.id);
      assert.equal(stored!.status, original!.status);
      assert.deepEqual(stored!.meta, original!.meta);
      assert.equal(stored!.corpus, 'round-trip');
    }
    assert.equal(first!.srcLang, 'zh-Hans');
    assert.deepEqual(second!.rejectReasons, ['length_ratio', 'wrong_lang:km']);
    assert.deepEqual(second!.domains, ['medical', 'tourism'], 'batch domains are added to the unit\'s own');
    const base = { sourceFile: 'travel.tmx', sourceSha256: batch.sourceSha256, batchId: result.batchId, organisation: 'GDUFS', originJurisdiction: 'CN', collectedAt: '2026-03-01' };
    assert.deepEqual(first!.provenance, {
      ...base, sourceFile: 'fixtures/travel.tmx', line: 12, sourceUnitId: 'tu-1', contributor: 'GDUFS corpus lab', licence: 'CC-BY-4.0',
    });
    assert.deepEqual(second!.provenance, {
      ...base, sourceFile: 'fixtures/travel.tmx', line: 30, licence: 'agreement:PARTNER-2026-03', contributor: 'Yangon Medical Terminology Group',
      originJurisdiction: 'MM', consentBasis: 'contract', collectedAt: '2026-02-14',
    });
    assert.deepEqual(third!.provenance, { ...base, contributor: 'GDUFS corpus lab', licence: 'CC-BY-4.0' });
    assert.deepEqual(await store.units.get(first!.unitId), first);

    const [listed] = await store.imports.list('round-trip');
    assert.equal(listed!.batchId, result.batchId);
    assert.deepEqual(listed!.options, { src: 'zh-Hans' });
    assert.equal(listed!.units, 3);
    assert.equal(listed!.variants, 9);
    assert.deepEqual(await store.imports.get(result.batchId), listed);
  });

  test('a failed import leaves the store exactly as it was, and its error reaches the caller unchanged', async () => {
    const { store, raw } = h();
    await store.corpora.create({ name: 'fails' });
    await store.imports.run('fails', batchFor('ok-before'), async (sink) => {
      for (let i = 0; i < 10; i++) await sink.add(generatedUnit(i));
    });
    const before = await snapshot(raw);
    const boom = new Error('the reader hit a broken <tu> at line 2501');
    const caught = await store.imports
      .run('fails', batchFor('broken'), async (sink) => {
        // More than two chunks reach the database before the failure.
        for (let i = 0; i < 2500; i++) await sink.add(generatedUnit(i));
        throw boom;
      })
      .catch((err: unknown) => err);
    assert.equal(caught, boom);
    assert.deepEqual(await snapshot(raw), before);
    assert.equal(await store.units.count({ corpus: 'fails' }), 10);
    assert.deepEqual((await store.audit.verify()).ok, true);
  });

  test('adds that were not awaited cannot outlive a failed import', async () => {
    const { store, raw } = h();
    await store.corpora.create({ name: 'unawaited' });
    const before = await snapshot(raw);
    const boom = new Error('reader gave up');
    await assert.rejects(
      store.imports.run('unawaited', batchFor('unawaited'), async (sink) => {
        for (let i = 0; i < 4500; i++) void sink.add(generatedUnit(i));
        throw boom;
      }),
      (err) => err === boom,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await snapshot(raw), before);
  });

  test('an invalid unit fails the import with a coded error naming it, and nothing is kept', async () => {
    const { store, raw } = h();
    await store.corpora.create({ name: 'invalid' });
    const before = await snapshot(raw);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ variants: { zh_CN: { text: 'x' } } }, /not canonical \(expected "zh-Hans"\)/],
      [{ variants: { xx: { text: 'x' } } }, /no known language/],
      [{ variants: { th: { text: 'a\u0000b' } } }, /U\+0000/],
      [{ variants: {} }, /no variants/],
      [{ status: 'dirty' }, /status "dirty"/],
    ];
    for (const [change, message] of cases) {
      const err = await store.imports
        .run('invalid', batchFor('invalid'), async (sink) => {
          await sink.add(generatedUnit(0));
          await sink.add({ ...generatedUnit(1), ...change } as never);
        })
        .catch((e: unknown) => e);
      assert.ok(isSilkloomError(err, 'SLM_STORE_UNIT_INVALID'), String(err));
      assert.match(err.message, message);
      assert.equal(err.place?.unit, 'g-1');
      assert.equal(err.place?.line, 2);
      assert.deepEqual(await snapshot(raw), before);
    }
  });

  test('a store write inside fill is refused instead of hanging, and the import goes on', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'nested' });
    const result = await store.imports.run('nested', batchFor('nested'), async (sink) => {
      await sink.add(generatedUnit(0));
      await assert.rejects(store.audit.append({ action: 'note', details: {} }), (err) => isSilkloomError(err, 'SLM_STORE_NESTED_TRANSACTION'));
      assert.equal(await store.units.count({ corpus: 'nested' }), 0, 'reads see the last committed state');
      await sink.add(generatedUnit(1));
    });
    assert.equal(result.units, 2);
    assert.equal(await store.units.count({ corpus: 'nested' }), 2);
  });

  test('a sink cannot be used after its import ended', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'late' });
    let kept: { add: (u: never) => Promise<void> } | undefined;
    await store.imports.run('late', batchFor('late'), async (sink) => {
      kept = sink as never;
    });
    await assert.rejects(kept!.add(generatedUnit(0) as never), (err) => isSilkloomError(err, 'SLM_STORE_SINK_CLOSED'));
  });

  test('imports into a missing corpus and bad batch declarations are coded errors', async () => {
    const { store } = h();
    await assert.rejects(store.imports.run('nope', batchFor('x'), async () => {}), (err) => isSilkloomError(err, 'SLM_STORE_CORPUS_NOT_FOUND'));
    await store.corpora.create({ name: 'bad-batch' });
    await assert.rejects(
      store.imports.run('bad-batch', { ...batchFor('x'), sourceSha256: 'abc' }, async () => {}),
      (err) => isSilkloomError(err, 'SLM_STORE_UNIT_INVALID') && /64 hex/.test(err.message),
    );
    await assert.rejects(store.imports.run('bad-batch', batchFor('x', { originJurisdiction: 'XX' }), async () => {}), (err) =>
      isSilkloomError(err, 'SLM_COUNTRY_UNKNOWN'),
    );
    await assert.rejects(store.imports.get('999999'), (err) => isSilkloomError(err, 'SLM_STORE_BATCH_NOT_FOUND'));
    await assert.rejects(store.imports.get('abc'), (err) => isSilkloomError(err, 'SLM_STORE_BATCH_NOT_FOUND'));
  });

  test('findBySha finds a live batch of the same file in the same corpus only', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'sha-a' });
    await store.corpora.create({ name: 'sha-b' });
    const batch = batchFor('same-file');
    const result = await store.imports.run('sha-a', batch, async (sink) => sink.add(generatedUnit(0)));
    assert.equal((await store.imports.findBySha('sha-a', batch.sourceSha256.toUpperCase()))?.batchId, result.batchId);
    assert.equal(await store.imports.findBySha('sha-b', batch.sourceSha256), undefined);
    assert.equal(await store.imports.findBySha('sha-a', batchFor('other-file').sourceSha256), undefined);
    await store.imports.withdraw(result.batchId);
    assert.equal(await store.imports.findBySha('sha-a', batch.sourceSha256), undefined, 'a withdrawn batch may be imported again');
  });

  test('withdraw hides a batch\'s units from lists, counts and stats but keeps them', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'withdraw' });
    const keep = await store.imports.run('withdraw', batchFor('keep'), async (sink) => {
      for (let i = 0; i < 5; i++) await sink.add(generatedUnit(i));
    });
    const drop = await store.imports.run('withdraw', batchFor('drop'), async (sink) => {
      for (let i = 5; i < 12; i++) await sink.add(generatedUnit(i));
    });
    const dropped = (await store.units.list({ batchId: drop.batchId })).units;
    assert.equal(dropped.length, 7);
    const withdrawn = await store.imports.withdraw(drop.batchId, { actor: 'curator@gdufs', reason: 'consent revoked' });
    assert.ok(withdrawn.withdrawnAt);
    assert.equal(await store.units.count({ corpus: 'withdraw' }), 5);
    assert.equal(await store.units.count({ corpus: 'withdraw', includeWithdrawn: true }), 12);
    assert.equal((await store.units.list({ batchId: drop.batchId })).units.length, 0);
    assert.deepEqual((await store.units.get(dropped[0]!.unitId)).variants, dropped[0]!.variants, 'kept');
    const stats = await store.stats('withdraw');
    assert.equal(stats.units, 5);
    assert.equal(stats.batches, 1);
    assert.equal((await store.corpora.list()).find((c) => c.name === 'withdraw')?.units, 5);
    assert.deepEqual((await store.imports.list('withdraw')).map((b) => [b.batchId, Boolean(b.withdrawnAt)]), [[keep.batchId, false], [drop.batchId, true]]);
    const again = await store.imports.withdraw(drop.batchId);
    assert.equal(again.withdrawnAt, withdrawn.withdrawnAt, 'a second withdraw changes nothing');
    const log = await store.audit.list({ limit: 1000 });
    const entries = log.filter((e) => e.action === 'import.withdraw' && (e.details as { batchId: string }).batchId === drop.batchId);
    assert.equal(entries.length, 1);
    const entry = entries[0]!;
    assert.equal(entry.actor, 'curator@gdufs');
    assert.deepEqual(entry.details, { corpus: 'withdraw', batchId: drop.batchId, units: 7, reason: 'consent revoked' });
  });

  test('every import writes one audit entry inside its transaction', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'audited' });
    const result = await store.imports.run('audited', batchFor('audited', { licence: 'CC0-1.0' }), async (sink) => sink.add(generatedUnit(0)), { actor: 'cli:li' });
    const [entry] = await store.audit.list({ after: result.auditSeq - 1, limit: 1 });
    assert.equal(entry!.action, 'import');
    assert.equal(entry!.actor, 'cli:li');
    assert.equal(entry!.subject, 'corpus:audited');
    assert.deepEqual(entry!.details, {
      corpus: 'audited', batchId: result.batchId, sourceFile: 'audited.tmx', sourceSha256: batchFor('audited').sourceSha256, format: 'tmx',
      units: 1, variants: 2, byLang: { 'zh-Hans': 1, th: 1 },
      provenance: { sourceFile: 'audited.tmx', sourceSha256: batchFor('audited').sourceSha256, licence: 'CC0-1.0' },
    });
  });
});
