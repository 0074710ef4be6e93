import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';
import { batchFor, generatedUnit } from './testing/units.ts';

describeEachDialect('pipeline runs and findings', (h) => {
  test('a run records config and manifest, then stats and report, and both ends are audited', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'runs' });
    const config = { steps: [{ name: 'length-ratio', options: { max: 3 } }] };
    const run = await store.runs.create({ corpus: 'runs', kind: 'clean', config, manifest: { code: '0.1.0', inputs: ['sha:abc'] } }, { actor: 'cli:li' });
    assert.equal(run.status, 'running');
    assert.deepEqual(run.config, config);
    assert.equal(run.finishedAt, undefined);
    const done = await store.runs.finish(run.runId, { stats: { seen: 10, kept: 8 }, report: { html: 'report.html' } });
    assert.equal(done.status, 'finished');
    assert.deepEqual(done.stats, { seen: 10, kept: 8 });
    assert.deepEqual(done.report, { html: 'report.html' });
    assert.ok(done.finishedAt);
    assert.deepEqual(await store.runs.get(run.runId), done);
    const scan = await store.runs.create({ kind: 'scan', config: {}, manifest: {} });
    assert.deepEqual((await store.runs.list('runs')).map((r) => r.runId), [run.runId]);
    assert.deepEqual((await store.runs.list()).map((r) => r.runId), [scan.runId, run.runId]);
    const actions = (await store.audit.list({ limit: 1000 })).map((e) => e.action);
    assert.deepEqual(actions.filter((a) => a.startsWith('run.')), ['run.start', 'run.finish', 'run.start']);
    await assert.rejects(store.runs.get('424242'), (err) => isSilkloomError(err, 'SLM_STORE_RUN_NOT_FOUND'));
    await assert.rejects(store.runs.finish('424242', { stats: {} }), (err) => isSilkloomError(err, 'SLM_STORE_RUN_NOT_FOUND'));
  });

  test('findings are replaced per unit and summarised without withdrawn units', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'pii' });
    const keep = await store.imports.run('pii', batchFor('pii-keep'), async (sink) => {
      for (let i = 0; i < 3; i++) await sink.add(generatedUnit(i));
    });
    const drop = await store.imports.run('pii', batchFor('pii-drop'), async (sink) => sink.add(generatedUnit(3)));
    const [a, b, c] = (await store.units.list({ batchId: keep.batchId })).units;
    const [d] = (await store.units.list({ batchId: drop.batchId })).units;
    const scan = await store.runs.create({ corpus: 'pii', kind: 'scan', config: {}, manifest: {} });
    const finding = (unitId: string, type: string, start: number, hash: string) => ({ unitId, lang: 'zh-Hans', type, start, end: start + 18, score: 0.95, textHash: hash });
    await store.findings.replaceForUnits(scan.runId, [
      finding(a!.unitId, 'CN_RESIDENT_ID', 4, 'h1'),
      finding(a!.unitId, 'PHONE', 30, 'h2'),
      finding(b!.unitId, 'CN_RESIDENT_ID', 0, 'h1'),
      finding(d!.unitId, 'EMAIL', 0, 'h9'),
    ]);
    assert.deepEqual((await store.findings.listForUnit(a!.unitId)).map((f) => [f.type, f.start, f.runId]), [
      ['CN_RESIDENT_ID', 4, scan.runId],
      ['PHONE', 30, scan.runId],
    ]);
    await store.imports.withdraw(drop.batchId);
    assert.deepEqual(await store.findings.summary('pii'), {
      units: 2,
      findings: 3,
      byType: { CN_RESIDENT_ID: 2, PHONE: 1 },
      byLang: { 'zh-Hans': 3 },
      distinctByType: { CN_RESIDENT_ID: 1, PHONE: 1 },
    });
    // A rescan: a's findings change, b was scanned and is clean now, c never had any.
    const rescan = await store.runs.create({ corpus: 'pii', kind: 'scan', config: {}, manifest: {} });
    await store.findings.replaceForUnits(rescan.runId, [finding(a!.unitId, 'EMAIL', 2, 'h3')], { unitIds: [b!.unitId, c!.unitId] });
    assert.deepEqual((await store.findings.listForUnit(a!.unitId)).map((f) => [f.type, f.runId]), [['EMAIL', rescan.runId]]);
    assert.deepEqual(await store.findings.listForUnit(b!.unitId), []);
    await assert.rejects(store.findings.replaceForUnits(rescan.runId, [finding('99999999', 'EMAIL', 0, 'x')]), (err) =>
      isSilkloomError(err, 'SLM_STORE_UNIT_NOT_FOUND'),
    );
    await assert.rejects(store.findings.replaceForUnits('777777', [finding(a!.unitId, 'EMAIL', 0, 'x')]), (err) =>
      isSilkloomError(err, 'SLM_STORE_RUN_NOT_FOUND'),
    );
    assert.equal((await store.findings.listForUnit(a!.unitId)).length, 1, 'a failed replace changes nothing');
  });
});
