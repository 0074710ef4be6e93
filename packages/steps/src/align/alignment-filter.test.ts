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

test('a small sample is fitted on small_deals deals and checked by their mean log-odds; a large one (≥ 2,000 pairs) once', async () => {
  const { options } = validateOptions(alignmentFilter.options, { table_bits: 16, classifier_sample: 200 });
  const ctx = { srcLang: 'en', tgtLang: 'fr', src: languageInfo('en'), tgt: languageInfo('fr'), identifier: scriptOnlyIdentifier };
  const small = toyBitext(400);
  const state = (await alignmentFilter.fit!.fit(small, options, ctx)) as AlignmentState;
  assert.equal(options.small_deals, 2);
  assert.equal(state.moreDeals?.length, 1);
  // Deterministic: a second fit of the same sample scores every pair the same.
  const again = (await alignmentFilter.fit!.fit(small, options, ctx)) as AlignmentState;
  const pairs = [...small.slice(0, 30), ...small.slice(0, 30).map((p, i) => ({ src: p.src, tgt: small[(i + 11) % 30]!.tgt }))];
  const scores = (s: AlignmentState) => {
    const f = alignmentFilter.create(options, ctx, s) as { check: (p: { src: string; tgt: string }) => { score?: number; extraScores?: Record<string, number> } };
    return pairs.map((p) => f.check(p)).map((r) => [r.score, r.extraScores?.truncated, r.extraScores?.joined]);
  };
  const averaged = scores(state);
  assert.deepEqual(scores(again), averaged);
  // The check averages the deals: it differs from the first deal's fit alone.
  assert.notDeepEqual(scores({ ...state, moreDeals: undefined }), averaged);
  const one = (await alignmentFilter.fit!.fit(small, { ...options, small_deals: 1 }, ctx)) as AlignmentState;
  assert.equal(one.moreDeals, undefined);
  assert.deepEqual(scores(one), scores({ ...state, moreDeals: undefined }));
  // A single fit's shortcut gives what the mean over deals gives for two copies of that fit.
  const first = { ...state, moreDeals: undefined };
  assert.deepEqual(scores(first), scores({ ...first, moreDeals: [first] }));
  const large = (await alignmentFilter.fit!.fit(toyBitext(2000), options, ctx)) as AlignmentState;
  assert.equal(large.moreDeals, undefined);
  assert.equal(large.model.foldCount, 2);
});

test('a deal of the sample: its blocks of seven pairs in a seeded order, the same every time', async () => {
  const { dealOf } = await import('./alignment-filter.ts');
  const xs = Array.from({ length: 100 }, (_, i) => i);
  const d1 = dealOf(xs, 1);
  assert.deepEqual([...d1].sort((a, b) => a - b), xs);
  assert.deepEqual(dealOf(xs, 1), d1);
  assert.notDeepEqual(dealOf(xs, 2), d1);
  assert.notDeepEqual(d1, xs);
  // Most pairs keep their neighbour (6 of each 7), and pairs change position modulo ten folds.
  const kept = d1.filter((x, i) => d1[i + 1] === x + 1).length;
  assert.ok(kept >= 80, `${kept}`);
  assert.ok(d1.filter((x, i) => x % 10 !== i % 10).length > 50);
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

test('best-link agreement: a translation\'s best links pick each other, a random pair\'s mostly do not; only the misaligned regression reads it', async () => {
  const { pairEvidence, pairsEvidence } = await import('./alignment-model.ts');
  const { FEATURE_NAMES, FRAGMENT_FEATURES } = await import('./alignment-features.ts');
  const { options } = validateOptions(alignmentFilter.options, {});
  const ctx = { srcLang: 'en', tgtLang: 'fr', src: languageInfo('en'), tgt: languageInfo('fr'), identifier: scriptOnlyIdentifier };
  const sample = toyBitext(400);
  const state = (await alignmentFilter.fit!.fit(sample, options, ctx)) as AlignmentState;
  const clean = sample.slice(0, 40);
  const random = clean.map((p, i) => ({ src: p.src, tgt: clean[(i + 7) % clean.length]!.tgt }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const agreeOf = (pairs: typeof clean, clear: boolean) => mean(pairs.map((p) => pairEvidence(state.model, p)).map((e) => (clear ? e.fwdAgreeClear + e.bwdAgreeClear : e.fwdAgree + e.bwdAgree) / 2));
  // Short toy sentences of a 150-word vocabulary: a random pair's few tokens often still pick each other, rarely with a clear term.
  assert.ok(agreeOf(clean, false) > 0.95 && agreeOf(random, false) < 0.75, `${agreeOf(clean, false)} vs ${agreeOf(random, false)}`);
  assert.ok(agreeOf(clean, true) > 3 * agreeOf(random, true), `${agreeOf(clean, true)} vs ${agreeOf(random, true)}`);
  // The table read in address order (the check's path) gives the same flags as the pair-by-pair read.
  const batch = pairsEvidence(state.model, [...clean, ...random]);
  const single = [...clean, ...random].map((p) => pairEvidence(state.model, p));
  assert.deepEqual(batch.map((e) => [e.fwdAgree, e.bwdAgree, e.fwdAgreeClear, e.bwdAgreeClear]), single.map((e) => [e.fwdAgree, e.bwdAgree, e.fwdAgreeClear, e.bwdAgreeClear]));
  assert.equal(state.classifier.weights.length, FEATURE_NAMES.length);
  assert.equal(state.fragments[0].weights.length, FRAGMENT_FEATURES);
  assert.equal(state.joined[1].weights.length, FRAGMENT_FEATURES);
  assert.ok(FRAGMENT_FEATURES < FEATURE_NAMES.length);
});
