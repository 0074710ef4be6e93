/**
 * The acceptance check of issue 4: on our own seeded multilingual set, F1 ≥
 * 0.97 for every type and < 1% of look-alikes touched. Prints the table
 * (`npm test -- pii-evaluation`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEvaluationSet } from './fixtures/evaluation-set.ts';
import { evaluatePii, formatReport } from './fixtures/evaluate.ts';
import { PII_TYPES } from './types.ts';

test('PII detectors: F1 ≥ 0.97 per type and < 1% false hits on look-alikes', () => {
  const cases = buildEvaluationSet(20260601, 10);
  const report = evaluatePii(cases);
  console.log(`${cases.length} segments, ${cases.reduce((n, c) => n + c.spans.length, 0)} identifiers, ${report.lookalikeTotal.total} look-alikes\n${formatReport(report)}`);
  if (report.mistakes.length) console.log(report.mistakes.slice(0, 20).join('\n'));
  assert.deepEqual(report.types.map((r) => r.type).sort(), [...PII_TYPES].sort(), 'every type is in the set');
  for (const row of report.types) assert.ok(row.f1 >= 0.97, `${row.type} F1 ${row.f1.toFixed(3)} < 0.97`);
  for (const row of report.types) assert.ok(row.support >= 20, `${row.type} has only ${row.support} cases`);
  assert.ok(report.lookalikeTotal.total >= 500, 'enough look-alikes');
  assert.ok(report.lookalikeTotal.rate < 0.01, `look-alike false-hit rate ${(report.lookalikeTotal.rate * 100).toFixed(2)}% ≥ 1%`);
});

test('the evaluation set is deterministic for a seed and differs between seeds', () => {
  const a = buildEvaluationSet(7, 1);
  assert.deepEqual(a, buildEvaluationSet(7, 1));
  assert.notDeepEqual(a.map((c) => c.text), buildEvaluationSet(8, 1).map((c) => c.text));
});
