import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageInfo } from '@silkloom/core';
import { validateOptions } from '../options-schema.ts';
import { scriptOnlyIdentifier } from '../script-identifier.ts';
import { type AlignmentState, alignmentFilter } from './alignment-filter.ts';

/** A toy bitext: word k of the source translates to word k of the target, sentences of 5–9 words. */
function toyBitext(n: number): Array<{ src: string; tgt: string }> {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  return Array.from({ length: n }, () => {
    const ks = Array.from({ length: 5 + (next() % 5) }, () => next() % 150);
    return { src: `${ks.map((k) => `src${k}x`).join(' ')}.`, tgt: `${ks.map((k) => `tgt${k}y`).join(' ')}.` };
  });
}

test('a small sample is cut in ten folds: each Model 1 trains on 9/10 of it (Model 1 is data-starved)', async () => {
  const { options } = validateOptions(alignmentFilter.options, {});
  const ctx = { srcLang: 'en', tgtLang: 'fr', src: languageInfo('en'), tgt: languageInfo('fr'), identifier: scriptOnlyIdentifier };
  const state = (await alignmentFilter.fit!.fit(toyBitext(400), options, ctx)) as AlignmentState;
  assert.equal(state.model.foldCount, 10);
  assert.equal(state.model.folds.length, 10);
});

test('evaluation-only fit rotation: unset or 0 leaves the sample as it is, R rotates it left by R pairs', async () => {
  const { fitRotation, rotateForEvaluation } = await import('./alignment-filter.ts');
  const xs = [1, 2, 3, 4, 5];
  assert.equal(rotateForEvaluation(xs, 0), xs);
  assert.equal(rotateForEvaluation(xs, 5), xs);
  assert.deepEqual(rotateForEvaluation(xs, 2), [3, 4, 5, 1, 2]);
  assert.deepEqual(rotateForEvaluation(xs, 6), [2, 3, 4, 5, 1]);
  assert.deepEqual(rotateForEvaluation([], 3), []);
  const saved = process.env.SILKLOOM_EVAL_FIT_ROTATION;
  try {
    delete process.env.SILKLOOM_EVAL_FIT_ROTATION;
    assert.equal(fitRotation(), 0);
    for (const [raw, r] of [['0', 0], ['2', 2], ['-1', 0], ['x', 0], ['1.5', 0]] as const) {
      process.env.SILKLOOM_EVAL_FIT_ROTATION = raw;
      assert.equal(fitRotation(), r);
    }
  } finally {
    if (saved === undefined) delete process.env.SILKLOOM_EVAL_FIT_ROTATION;
    else process.env.SILKLOOM_EVAL_FIT_ROTATION = saved;
  }
});
