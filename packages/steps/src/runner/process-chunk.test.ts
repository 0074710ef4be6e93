import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StepInstance } from '../step.ts';
import { type BuiltStep, processChunk } from './process-chunk.ts';
import { emptyRunStats, joinedName } from './run-stats.ts';

test('processChunk: extra scores named step.key in the order the step gives them; labels, changes and drop reasons counted', () => {
  const upper: StepInstance = { kind: 'normalizer', normalize: (p) => ({ src: p.src.toUpperCase(), tgt: p.tgt, changes: { case: 1, zz: 2 } }) };
  const scored: StepInstance = {
    kind: 'filter',
    check: (p) => (p.src === 'B' ? { keep: false, reason: 'odd', score: 1, extraScores: { zeta: 2, alpha: 3 }, labels: ['src=b'] } : { keep: true, score: 0, extraScores: { zeta: 4, alpha: 5 }, labels: ['src=a', 'tgt=x'] }),
  };
  const steps: BuiltStep[] = [{ name: 'up', instance: upper }, { name: 'sc', instance: scored }];
  const stats = emptyRunStats([{ name: 'up', version: '1', kind: 'normalizer' }, { name: 'sc', version: '1', kind: 'filter' }]);
  const records = processChunk(steps, [{ src: 'a', tgt: 'x' }, { src: 'b', tgt: 'y' }, { src: 'a', tgt: 'z' }], stats);
  assert.deepEqual(records.map((r) => Object.entries(r.scores)), [
    [['sc', 0], ['sc.zeta', 4], ['sc.alpha', 5]],
    [['sc', 1], ['sc.zeta', 2], ['sc.alpha', 3]],
    [['sc', 0], ['sc.zeta', 4], ['sc.alpha', 5]],
  ]);
  assert.deepEqual(records[1]!.reasons, [[1, 'odd']]);
  assert.deepEqual(stats.steps[0]!.counts, { seen: 3, changed: 3, 'changed:src': 3, 'change:case': 3, 'change:zz': 6 });
  assert.deepEqual(stats.steps[1]!.counts, { seen: 3, kept: 2, 'label:src=a': 2, 'label:tgt=x': 2, dropped: 1, 'dropped:odd': 1, 'label:src=b': 1 });
});

test('joinedName joins once per distinct pair of strings', () => {
  const a = joinedName('label:', ['src', 'en'].join('='));
  assert.equal(a, 'label:src=en');
  assert.equal(joinedName('label:', 'src=en'), a);
  assert.equal(joinedName('dropped:', 'src=en'), 'dropped:src=en');
});
