/** Every YAML test case of every pack in rules/ runs here, so `npm test` checks the packs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isSilkloomError } from '@silkloom/core';
import { evaluateCondition } from './condition.ts';
import { loadRulePacks } from './load-packs.ts';
import { parsePack } from './parse-pack.ts';
import { runPackTests } from './run-pack-tests.ts';

const rulesDir = fileURLToPath(new URL('../../../../rules', import.meta.url));
const packs = loadRulePacks(rulesDir);

test('the rules folder holds the China pack and 20 partner packs, each with tests', () => {
  assert.ok(packs.some((p) => p.id === 'cn-outbound'));
  assert.equal(packs.filter((p) => p.id !== 'cn-outbound').length, 20);
  for (const p of packs) assert.ok(p.tests.length >= 2, `${p.id} has tests`);
  for (const p of packs) for (const r of p.rules) assert.ok(r.citations.length > 0 && r.effective_from, `${p.id}/${r.id} cites and is dated`);
});

for (const pack of packs) {
  test(`pack ${pack.id}@${pack.version}: YAML test cases`, () => {
    const results = runPackTests(packs, [pack]);
    const failed = results.filter((r) => !r.ok);
    assert.deepEqual(failed.map((r) => `${r.source.file}:${r.source.line} ${r.name}: ${r.problems.join('; ')}`), []);
  });
}

test('the China pack tests cover every band boundary', () => {
  const cn = packs.find((p) => p.id === 'cn-outbound')!;
  const values = new Set(cn.tests.flatMap((t) => Object.values((t.request.counters ?? {}) as Record<string, number>)));
  for (const v of [99_999, 100_000, 9_999, 10_000, 999_999, 1_000_000]) assert.ok(values.has(v), `a test uses ${v}`);
  const dates = new Set(cn.tests.map((t) => t.request.as_of));
  assert.ok(dates.has('2024-03-21') && dates.has('2024-03-22'), 'both sides of the 2024-03-22 switch');
});

test('three-valued conditions: unknown only where it matters', () => {
  const facts = { a: null, b: false, n: 5 };
  assert.equal(evaluateCondition({ all: [{ fact: 'a', eq: true }, { fact: 'b', eq: true }] }, facts).value, false);
  assert.deepEqual(evaluateCondition({ all: [{ fact: 'a', eq: true }, { fact: 'n', lt: 10 }] }, facts), { value: 'unknown', missing: ['a'] });
  assert.equal(evaluateCondition({ any: [{ fact: 'a', eq: true }, { fact: 'n', gte: 5 }] }, facts).value, true);
  assert.equal(evaluateCondition({ fact: 'a', is_null: true }, facts).value, true);
  assert.equal(evaluateCondition({ not: { fact: 'n', gt: 5 } }, facts).value, true);
});

test('schema errors name the file and the line', () => {
  const broken = 'id: x\nversion: 1.0.0\ntitle: t\njurisdiction: CN\ndirection: export\nrules:\n  - id: r1\n    effective_from: 2024-01-01\n    effective_to: null\n    when: { fact: a, eq: 1 }\n    decision: MAYBE\n';
  assert.throws(() => parsePack('rules/x', [{ name: 'pack.yaml', text: broken }]), (e) =>
    isSilkloomError(e, 'SLM_RULES_SCHEMA_INVALID') && e.place?.file === 'rules/x/pack.yaml' && e.place.line === 11 && /decision/.test(e.message));
  const noCitation = broken.replace('decision: MAYBE', 'decision: ALLOW\n    confidence: V\n    basis: law');
  assert.throws(() => parsePack('rules/x', [{ name: 'pack.yaml', text: noCitation }]), (e) => isSilkloomError(e, 'SLM_RULES_SCHEMA_INVALID') && /cites/.test(e.message));
  assert.throws(() => parsePack('rules/x', [{ name: 'pack.yaml', text: 'id: [' }]), (e) => isSilkloomError(e, 'SLM_RULES_YAML_INVALID') && e.place?.line === 1);
  assert.throws(() => loadRulePacks('/nonexistent/rules'), (e) => isSilkloomError(e, 'SLM_RULES_DIR_NOT_FOUND'));
});
