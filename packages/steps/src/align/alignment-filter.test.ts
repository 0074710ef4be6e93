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
