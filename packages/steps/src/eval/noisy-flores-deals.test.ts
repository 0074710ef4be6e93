import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDealRow, formatDealSummary, summariseDeals } from './noisy-flores.ts';

test('summariseDeals: mean, min and max of F1 and of clean pairs kept over the deals', () => {
  const s = summariseDeals('th', [{ f1: 0.97, cleanKept: 0.99 }, { f1: 0.98, cleanKept: 0.985 }, { f1: 0.96, cleanKept: 0.995 }]);
  assert.equal(s.f1.mean.toFixed(4), '0.9700');
  assert.deepEqual([s.f1.min, s.f1.max], [0.96, 0.98]);
  assert.equal(s.kept.mean.toFixed(4), '0.9900');
  assert.deepEqual([s.kept.min, s.kept.max], [0.985, 0.995]);
  assert.equal(formatDealRow(s), 'th     F1 0.9700 [0.9600–0.9800]  kept  99.00% [ 98.50– 99.50]');
});

test('formatDealSummary: mean of the per-target means, spread of the per-deal means, lowest kept, targets ≥ 0.97', () => {
  const a = summariseDeals('en', [{ f1: 0.99, cleanKept: 0.995 }, { f1: 0.98, cleanKept: 0.99 }]);
  const b = summariseDeals('th', [{ f1: 0.96, cleanKept: 0.984 }, { f1: 0.97, cleanKept: 0.982 }]);
  // deal 0: en 0.99, th 0.96 → 0.975; deal 1: en 0.98, th 0.97 → 0.975
  const out = formatDealSummary([a, b], [[0.99, 0.96], [0.98, 0.97]], 'dev').split('\n');
  assert.equal(out[0], 'mean of means F1 0.9750 over 2 targets × 2 deals (FLORES dev); deal means 0.9750 0.9750 [0.9750–0.9750]');
  assert.equal(out[1], 'lowest mean kept th 98.30% (min over deals 98.20%); targets with mean F1 ≥ 0.97: 1/2');
});
