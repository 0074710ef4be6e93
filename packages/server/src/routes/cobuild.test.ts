import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TranslationUnit } from '@silkloom/core';
import { ORG_A, describeServer } from '../testing/server-harness.ts';

const ZH = ['你好，朋友。', '谢谢你的帮助。', '火车站在哪里？', '我想喝茶。', '今天天气很好。', '医院几点开门？', '这本书很有意思。', '请再说一遍。', '市场在城东。', '我们明天见。'];
const TH = ['สวัสดีเพื่อน', 'ขอบคุณสำหรับความช่วยเหลือ', 'สถานีรถไฟอยู่ที่ไหน', 'ฉันอยากดื่มชา', 'วันนี้อากาศดีมาก', 'โรงพยาบาลเปิดกี่โมง', 'หนังสือเล่มนี้น่าสนใจมาก', 'กรุณาพูดอีกครั้ง', 'ตลาดอยู่ทางตะวันออกของเมือง', 'พรุ่งนี้เจอกัน'];

const unit = (i: number): TranslationUnit => ({
  id: `u${i}`,
  variants: { 'zh-Hans': { text: ZH[i]! }, th: { text: TH[i]! } },
  status: 'raw',
  domains: [i % 2 ? 'tourism' : 'medical'],
  provenance: {},
});

describeServer('co-building routes', (s) => {
  let batchId = '';
  let ids: string[] = [];

  test('setup: a corpus of ten pairs in one contribution', async () => {
    const { h } = s();
    await h.store.corpora.create({ name: 'cb', ownerOrg: ORG_A, defaultLicence: 'CC-BY-4.0' });
    const res = await h.store.imports.run('cb', { sourceFile: 'cb.tmx', sourceSha256: 'c'.repeat(64), format: 'tmx', contributor: 'Li Wei', organisation: ORG_A, originJurisdiction: 'CN', licence: 'CC-BY-4.0', consentBasis: 'public' }, async (sink) => {
      for (let i = 0; i < 10; i++) await sink.add(unit(i));
    });
    batchId = res.batchId;
    ids = (await h.store.units.list({ corpus: 'cb' })).units.map((u) => u.unitId);
  });

  test('the queue serves one pair at a time; two agreeing votes validate, the policy comes back with the decision', async () => {
    const first = await s().as('a:validator', 'GET', '/api/v1/corpora/cb/review/next');
    assert.equal(first.statusCode, 200, first.body);
    const item = first.json();
    assert.equal(item.unit.unitId, ids[0]);
    assert.equal(item.remaining, 10);
    assert.equal(item.policy.version, 1);
    const v1 = await s().as('a:validator', 'POST', `/api/v1/units/${ids[0]}/votes`, { vote: 'good' });
    assert.equal(v1.statusCode, 200, v1.body);
    assert.equal(v1.json().decision, undefined);
    assert.equal((await s().as('a:validator', 'POST', `/api/v1/units/${ids[0]}/votes`, { vote: 'good' })).json().error.code, 'SLM_REVIEW_ALREADY_VOTED');
    const v2 = (await s().as('a:curator', 'POST', `/api/v1/units/${ids[0]}/votes`, { vote: 'good' })).json();
    assert.equal(v2.decision.outcome, 'validated');
    assert.equal(v2.decision.policy.name, 'silkloom-consensus');
    assert.equal(v2.status, 'validated');
    // A viewer may not vote; a vote that is not one of the five is a validation error.
    assert.equal((await s().as('a:viewer', 'POST', `/api/v1/units/${ids[1]}/votes`, { vote: 'good' })).statusCode, 403);
    assert.equal((await s().as('a:validator', 'POST', `/api/v1/units/${ids[1]}/votes`, { vote: 'great' })).statusCode, 400);
  });

  test('a trusted reviewer decides alone; wrong-language rejects with its reason; gold is scored', async () => {
    assert.equal((await s().as('a:owner', 'PUT', '/api/v1/corpora/cb/review/trusted', { voter: 'a-owner@example.org', trusted: true })).statusCode, 200);
    const t = (await s().as('a:owner', 'POST', `/api/v1/units/${ids[1]}/votes`, { vote: 'wrong_lang' })).json();
    assert.equal(t.decision.outcome, 'rejected');
    assert.deepEqual(t.decision.reasons, ['review:wrong_language']);
    assert.equal(t.decision.decidedBy, 'trusted');
    assert.equal((await s().as('a:curator', 'PUT', `/api/v1/units/${ids[2]}/gold`, { answer: 'good' })).statusCode, 200);
    const g = (await s().as('a:validator', 'POST', `/api/v1/units/${ids[2]}/votes`, { vote: 'bad' })).json();
    assert.equal(g.goldAnswer, 'good');
    for (const i of [3, 4, 5, 6, 7, 8, 9]) {
      await s().as('a:validator', 'POST', `/api/v1/units/${ids[i]}/votes`, { vote: 'good' });
      await s().as('a:curator', 'POST', `/api/v1/units/${ids[i]}/votes`, { vote: i === 9 ? 'bad' : 'good' });
    }
    const statsRes = await s().as('a:viewer', 'GET', '/api/v1/corpora/cb/review/stats');
    assert.equal(statsRes.statusCode, 200, statsRes.body);
    const stats = statsRes.json();
    assert.equal(stats.decisions.validated, 7);
    assert.equal(stats.decisions.rejected, 1);
    assert.equal(stats.goldUnits, 1);
    assert.deepEqual(stats.gold.map((x: { voter: string; accuracy: number }) => [x.voter, x.accuracy]), [['a-validator@example.org', 0]]);
    assert.equal(stats.cohen[0].items, 8);
    assert.ok(typeof stats.fleiss.kappa === 'number');
    assert.deepEqual(stats.trusted, ['a-owner@example.org']);
  });

  test('the dashboard counts coverage, statuses and credit over visible corpora only', async () => {
    const d = (await s().as('a:viewer', 'GET', '/api/v1/dashboard')).json();
    assert.deepEqual(d.corpora, ['cb']);
    assert.equal(d.statuses.validated, 7);
    assert.ok(d.coverage.some((c: { lang: string; domain: string; units: number }) => c.lang === 'th' && c.domain === 'tourism' && c.units === 5));
    assert.equal(d.credit.contributors['Li Wei'], 10);
    assert.equal(d.lengthRatio.th.counts.reduce((a: number, b: number) => a + b, 0), 10);
    assert.equal((await s().as('c:owner', 'GET', '/api/v1/dashboard')).json().units, 0);
    assert.equal((await s().as('c:owner', 'GET', '/api/v1/dashboard?corpus=cb')).statusCode, 404);
  });

  test('a release freezes validated units into leak-free splits with a datasheet, checksums and a tar bundle; then the batch cannot be withdrawn', async () => {
    const made = await s().as('a:curator', 'POST', '/api/v1/corpora/cb/releases', { statuses: ['validated'], dev: 0.15, test: 0.15 });
    assert.equal(made.statusCode, 200, made.body);
    const rel = made.json();
    assert.equal(rel.release.version, '1.0.0');
    assert.equal(rel.release.units, 7);
    const paths = rel.files.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths, ['DATASHEET.md', 'README.md', 'SHA256SUMS', 'data/dev.jsonl', 'data/test.jsonl', 'data/train.jsonl', 'manifest.json']);
    for (const f of rel.files) {
      const res = await s().as('a:curator', 'GET', `/api/v1/corpora/cb/releases/1.0.0/file?path=${encodeURIComponent(f.path)}`);
      assert.equal(res.statusCode, 200, f.path);
      assert.equal(createHash('sha256').update(res.rawPayload).digest('hex'), f.sha256, f.path);
    }
    const sheet = (await s().as('a:curator', 'GET', '/api/v1/corpora/cb/releases/1.0.0/file?path=README.md')).body;
    assert.match(sheet, /^---\n/);
    assert.match(sheet, /## Composition/);
    assert.match(sheet, /\| Li Wei \| 7 \|/);
    const bundle = await s().as('a:curator', 'GET', '/api/v1/corpora/cb/releases/1.0.0/bundle');
    const dir = mkdtempSync(join(tmpdir(), 'silkloom-bundle-'));
    try {
      writeFileSync(join(dir, 'b.tar'), bundle.rawPayload);
      execFileSync('tar', ['-xf', join(dir, 'b.tar'), '-C', dir]);
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'cb-1.0.0') });
      const train = readFileSync(join(dir, 'cb-1.0.0', 'data', 'train.jsonl'), 'utf8');
      assert.match(train, /"translation":\{"zh-Hans":/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal((await s().as('a:curator', 'POST', '/api/v1/corpora/cb/releases', { version: '1.0.0', statuses: ['validated'], dev: 0.1, test: 0.1 })).json().error.code, 'SLM_RELEASE_VERSION_NOT_NEWER');
    assert.equal((await s().as('a:validator', 'POST', '/api/v1/corpora/cb/releases', { statuses: ['validated'], dev: 0.1, test: 0.1 })).statusCode, 403);
    const w = await s().as('a:contributor', 'POST', `/api/v1/corpora/cb/batches/${batchId}/withdraw`, {});
    assert.equal(w.json().error.code, 'SLM_BATCH_RELEASED');
    const b = (await s().as('a:viewer', 'GET', `/api/v1/corpora/cb/batches/${batchId}`)).json();
    assert.equal(b.released, 7);
    assert.equal(b.canWithdraw, false);
    assert.deepEqual(b.byLang, { 'zh-Hans': 10, th: 10 });
  });

  test('a second release keeps the test set frozen and reports its delta; an unreleased contribution can be withdrawn', async () => {
    const { h } = s();
    const extra = await h.store.imports.run('cb', { sourceFile: 'more.tmx', sourceSha256: 'd'.repeat(64), format: 'tmx', organisation: ORG_A }, async (sink) => {
      await sink.add({ ...unit(0), id: 'x1', variants: { 'zh-Hans': { text: '新的句子在这里。' }, th: { text: 'ประโยคใหม่อยู่ที่นี่' } }, status: 'validated' });
    });
    const rel = (await s().as('a:curator', 'POST', '/api/v1/corpora/cb/releases', { statuses: ['validated'], dev: 0.15, test: 0.15, destination: 'TH' })).json();
    assert.equal(rel.release.version, '1.1.0');
    assert.equal(rel.facts.assessment.destination, 'TH');
    assert.match(rel.facts.assessment.verdict, /^[A-Z_]+$/);
    assert.match(rel.facts.assessment.summary, /CN \(export\)/);
    const sheet = (await s().as('a:curator', 'GET', '/api/v1/corpora/cb/releases/1.1.0/file?path=DATASHEET.md')).body;
    assert.match(sheet, /\*\*Transfer assessment\*\* for destination TH: [A-Z_]+/);
    const delta = (await s().as('a:viewer', 'GET', '/api/v1/corpora/cb/releases/1.1.0/delta?from=1.0.0')).json();
    assert.deepEqual([delta.added, delta.removed, delta.changed, delta.moved], [1, 0, 0, 0]);
    const list = (await s().as('a:viewer', 'GET', '/api/v1/corpora/cb/releases')).json();
    assert.deepEqual(list.releases.map((x: { version: string }) => x.version), ['1.1.0', '1.0.0']);
    const other = await h.store.imports.run('cb', { sourceFile: 'late.tmx', sourceSha256: 'e'.repeat(64), format: 'tmx', organisation: ORG_A }, async (sink) => sink.add({ ...unit(1), id: 'late' }));
    const w = await s().as('a:contributor', 'POST', `/api/v1/corpora/cb/batches/${other.batchId}/withdraw`, { reason: 'wrong file' });
    assert.equal(w.statusCode, 200, w.body);
    assert.ok(w.json().batch.withdrawnAt);
    assert.equal((await s().as('a:viewer', 'GET', `/api/v1/corpora/cb/batches/${extra.batchId}`)).json().canWithdraw, false);
  });
});
