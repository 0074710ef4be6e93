import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import type { DecisionInput, Judge, StoredVote } from './cobuild-types.ts';
import { describeEachDialect } from './testing/dialect-harness.ts';
import { batchFor, generatedUnit } from './testing/units.ts';

/** A stand-in judge (the real rule is @silkloom/cobuild's, which the store may not import): two equal votes decide. */
const twoAgree: Judge = (votes: readonly StoredVote[]): DecisionInput | undefined => {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.vote, (counts.get(v.vote) ?? 0) + 1);
  if ((counts.get('pii') ?? 0) >= 1) return { outcome: 'flagged', reasons: ['review:personal_data'], tally: Object.fromEntries(counts), policy: { name: 'test', version: 1 }, decidedBy: 'pii' };
  if ((counts.get('good') ?? 0) >= 2) return { outcome: 'validated', reasons: [], tally: Object.fromEntries(counts), policy: { name: 'test', version: 1 }, decidedBy: 'consensus' };
  if ((counts.get('bad') ?? 0) >= 2) return { outcome: 'rejected', reasons: ['review:bad_translation'], tally: Object.fromEntries(counts), policy: { name: 'test', version: 1 }, decidedBy: 'consensus' };
  return undefined;
};

describeEachDialect('review, releases and contributions', (h) => {
  test('votes decide units through the judge, change their status, store the policy and are audited', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'rev' });
    const batch = await store.imports.run('rev', batchFor('rev', { contributor: 'Li Wei' }), async (sink) => {
      for (let i = 0; i < 6; i++) await sink.add(generatedUnit(i));
    });
    const ids = (await store.units.list({ corpus: 'rev' })).units.map((u) => u.unitId);
    assert.equal(await store.review.queueSize('rev', 'ana'), 6);
    const first = await store.review.next('rev', 'ana');
    assert.equal(first?.unitId, ids[0]);
    assert.equal((await store.review.next('rev', 'ana', { langs: ['vi'] }))?.unitId, ids[1]);
    assert.equal((await store.review.next('rev', 'ana', { skip: [ids[0]!] }))?.unitId, ids[1]);

    assert.equal((await store.review.vote({ unitId: ids[0]!, voter: 'ana', vote: 'good' }, twoAgree)).decision, undefined);
    // The queue puts the unit closest to a decision first for the next validator.
    assert.equal((await store.review.next('rev', 'bo'))?.unitId, ids[0]);
    await assert.rejects(store.review.vote({ unitId: ids[0]!, voter: 'ana', vote: 'bad' }, twoAgree), (e) => isSilkloomError(e, 'SLM_REVIEW_ALREADY_VOTED'));
    const decided = await store.review.vote({ unitId: ids[0]!, voter: 'bo', vote: 'good' }, twoAgree, { actor: 'bo' });
    assert.equal(decided.decision?.outcome, 'validated');
    assert.deepEqual(decided.decision?.policy, { name: 'test', version: 1 });
    assert.equal((await store.units.get(ids[0]!)).status, 'validated');
    await assert.rejects(store.review.vote({ unitId: ids[0]!, voter: 'cy', vote: 'bad' }, twoAgree), (e) => isSilkloomError(e, 'SLM_REVIEW_UNIT_DECIDED'));

    await store.review.vote({ unitId: ids[1]!, voter: 'ana', vote: 'bad' }, twoAgree);
    await store.review.vote({ unitId: ids[1]!, voter: 'bo', vote: 'bad' }, twoAgree);
    const rejected = await store.units.get(ids[1]!);
    assert.equal(rejected.status, 'rejected');
    assert.deepEqual(rejected.rejectReasons, ['review:bad_translation']);

    await store.review.vote({ unitId: ids[2]!, voter: 'ana', vote: 'pii' }, twoAgree);
    assert.equal((await store.units.get(ids[2]!)).status, 'raw');
    assert.deepEqual((await store.review.decisions('rev', 'flagged')).map((d) => d.unitId), [ids[2]]);
    assert.equal(await store.review.queueSize('rev', 'cy'), 3);

    const audit = (await store.audit.list({ limit: 1000 })).filter((e) => e.action === 'review.decide');
    assert.equal(audit.length, 3);
    assert.deepEqual((audit[0]!.details as { policy: unknown }).policy, { name: 'test', version: 1 });
    assert.equal((await store.review.votes('rev')).length, 5);

    const credit = await store.contributions.credit('rev');
    assert.deepEqual(credit.contributors, { 'Li Wei': 6 });
    assert.deepEqual(credit.validators, [{ voter: 'ana', votes: 3, decisive: 3 }, { voter: 'bo', votes: 2, decisive: 2 }]);
    const summary = await store.contributions.batchSummary(batch.batchId);
    assert.deepEqual(summary.byLang, { 'zh-Hans': 6, th: 3, vi: 3 });
    assert.deepEqual(summary.statuses, { raw: 4, validated: 1, rejected: 1 });
    const coverage = await store.contributions.coverage('rev');
    assert.ok(coverage.some((c) => c.lang === 'th' && c.domain === 'agriculture' && c.units === 1));
    const ratios = await store.contributions.lengthRatios('rev');
    assert.equal(ratios.th?.length, 3);
  });

  test('gold units are scored, not decided; trusted reviewers are kept per corpus', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'gold' });
    await store.imports.run('gold', batchFor('gold'), async (sink) => sink.add(generatedUnit(1)));
    const [unit] = (await store.units.list({ corpus: 'gold' })).units;
    await store.review.setGold(unit!.unitId, 'good', { actor: 'curator' });
    assert.deepEqual((await store.review.gold('gold')).map((g) => [g.unitId, g.answer]), [[unit!.unitId, 'good']]);
    const a = await store.review.vote({ unitId: unit!.unitId, voter: 'ana', vote: 'bad' }, twoAgree);
    const b = await store.review.vote({ unitId: unit!.unitId, voter: 'bo', vote: 'bad' }, twoAgree);
    assert.equal(a.goldAnswer, 'good');
    assert.equal(b.decision, undefined);
    assert.equal((await store.units.get(unit!.unitId)).status, 'raw');
    assert.ok((await store.review.votesOf(unit!.unitId)).every((v) => v.gold));
    await store.review.setTrusted('gold', 'lead', true);
    await store.review.setTrusted('gold', 'ana', true);
    await store.review.setTrusted('gold', 'ana', false);
    assert.deepEqual(await store.review.trusted('gold'), ['lead']);
  });

  test('a release freezes members, records and files; a released batch cannot be withdrawn', async () => {
    const { store } = h();
    await store.corpora.create({ name: 'rel' });
    const batch = await store.imports.run('rel', batchFor('rel'), async (sink) => {
      for (let i = 0; i < 5; i++) await sink.add(generatedUnit(i));
    });
    const units = (await store.units.list({ corpus: 'rel' })).units;
    const members = units.map((u, i) => ({ unitId: u.unitId, split: i === 0 ? 'test' : 'train', contentHash: `h${i}`, record: JSON.stringify({ id: u.unitId, zh: u.variants['zh-Hans']!.text }) }));
    const files = [
      { path: 'data/train.jsonl', sha256: 'a'.repeat(64), bytes: 10, units: 4, split: 'train' },
      { path: 'README.md', sha256: 'b'.repeat(64), bytes: 5, content: 'hello' },
    ];
    const release = await store.releases.create({ corpus: 'rel', version: '1.0.0', filter: { statuses: ['raw'] }, options: {}, facts: { units: 5 }, createdBy: 'cur' }, members, files, { actor: 'cur' });
    assert.equal(release.units, 5);
    await assert.rejects(store.releases.create({ corpus: 'rel', version: '1.0.0', filter: {}, options: {}, facts: {} }, [], []), (e) => isSilkloomError(e, 'SLM_RELEASE_EXISTS'));
    assert.deepEqual(await store.releases.get('rel', '1.0.0'), release);
    await assert.rejects(store.releases.get('rel', '9.9.9'), (e) => isSilkloomError(e, 'SLM_RELEASE_NOT_FOUND'));
    assert.deepEqual((await store.releases.list('rel')).map((r) => r.version), ['1.0.0']);
    assert.deepEqual((await store.releases.files(release.releaseId)).map((f) => [f.path, f.content ?? null]), [['README.md', 'hello'], ['data/train.jsonl', null]]);
    const test1: string[] = [];
    for await (const line of store.releases.records(release.releaseId, 'test')) test1.push(line);
    assert.deepEqual(test1, [members[0]!.record]);
    const all: string[] = [];
    for await (const m of store.releases.members(release.releaseId)) all.push(m.unitId);
    assert.deepEqual(all, units.map((u) => u.unitId));
    assert.deepEqual(await store.releases.holdingBatch(batch.batchId), { releases: ['1.0.0'], units: 5 });
    assert.equal((await store.contributions.batchSummary(batch.batchId)).released, 5);
    assert.ok((await store.audit.list({ limit: 1000 })).some((e) => e.action === 'release.create'));
  });
});
