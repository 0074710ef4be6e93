import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replay } from './threshold-grid.ts';

const at = (min_score: number, min_fragment_score = -9, min_joined_score = -9) => ({ min_score, min_fragment_score, min_joined_score });

test('replay rejects a pair below any of the three thresholds or rejected by another step', () => {
  const pairs = [
    { noise: true, otherwise: false, score: -5, truncated: 3, joined: 3 }, // misaligned: caught by min_score
    { noise: true, otherwise: false, score: 2, truncated: -4, joined: 3 }, // truncated: caught by min_fragment_score
    { noise: true, otherwise: true, score: 5, truncated: 5, joined: 5 }, // caught by another step whatever the thresholds
    { noise: false, otherwise: false, score: -1, truncated: 2, joined: -3 }, // clean, lost when the thresholds are tight
  ];
  assert.deepEqual(replay(pairs, at(-9)), { f1: 0.5, kept: 1 });
  assert.deepEqual(replay(pairs, at(-2, -3, -9)), { f1: 1, kept: 1 });
  const tight = replay(pairs, at(0, -3, -2));
  assert.equal(tight.kept, 0);
  assert.equal(tight.f1.toFixed(4), (6 / 7).toFixed(4));
});
