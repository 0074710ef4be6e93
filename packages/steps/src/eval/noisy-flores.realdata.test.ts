/**
 * Issue 3's Done-when, measured: noisy zh-Hans → X sets built from FLORES-200
 * devtest for every target language in the registry (26), with the noise
 * kinds crawled bitext has and units that only need normalising. Prints the
 * table (precision, recall, F1 of rejection; share of clean pairs kept).
 * The issue's target is F1 ≥ 0.97 and ≥ 98 % of clean pairs kept for every
 * language; languages below it are listed, then recall per noise kind and
 * false rejects per kept kind over all targets.
 * Measured (alignment 1.8.0: best-link agreement in the misaligned regression;
 * numbers 1.4.0; thresholds −2 / −2.75 / −2.25 chosen on dev averaged over
 * three deals of the fit): mean F1 0.981 (my 0.969 below 0.97, th 0.971,
 * hi 0.973, ps 0.974), kept 98.2–100 %, 25 of 26 on target; recall misaligned
 * 91.8 %, concatenated 90.9 %, number mismatch 97.7 %. Over three deals of the
 * fit (`--deals 3`): mean 0.9812, 26 of 26 targets ≥ 0.97 on their mean (my
 * 0.9718, 0.9688–0.9751 by deal), lowest mean kept 98.27 % (my).
 * (Alignment 1.8.0 at −2.25 / −2.75 / −2, numbers 1.3.0: mean F1 0.980
 * (0.9800; th 0.967 below 0.97, ps 0.970, hi 0.971), kept 98.1–99.9 %, 25 of
 * 26; recall misaligned 89.2 %, concatenated 92.3 %.)
 * (Alignment 1.7.0, length_ratio 1.2.0, numbers 1.3.0: a Latin word
 * counts as its transliteration in unspaced text, approximate Chinese figures
 * match, min_joined_score −2): mean F1 0.979 (0.9794; th 0.9669, ps 0.9690,
 * hi 0.9689, my 0.9688 below 0.97, km 0.9737), kept 98.1–99.9 %, 22 of 26 on
 * target.)
 * (Alignment 1.6.0: closing quotes and Ethiopic ፡፡ end a
 * sentence, Amharic stems pool inflections, the log of the tokens scored a
 * feature, ten cross-fitting folds on a small sample, min_score −2): mean F1
 * 0.979 (0.9792; th 0.9657, km 0.9655, ps 0.96998 … 0.987 uz, mn, si), kept
 * 98.3–99.9 %, 23 of 26 on target (22 before); recall misaligned 89 %,
 * concatenated 90.5 %, truncated 96 %, number mismatch 97 %, near
 * duplicates 99 %, the other kinds ≥ 99.7 %.)
 * (Alignment 1.5.0: Arabic-script letters folded, Amharic
 * proclitics stripped, exact token baselines; thresholds calibrated
 * on FLORES dev with baselines from 24 draws: best mean F1 with every target
 * keeping ≥ 98.3 % on dev): mean F1 0.976 (th 0.965, ps 0.966, km 0.968 …
 * 0.985 vi, uz; 0.977 with 24 draws), kept 98.1–99.7 %, 22 of 26 on target
 * (below: th, ps, km, my 0.9698; 23 with 24 draws, my 0.975); recall misaligned 85 %, concatenated 89 %,
 * truncated 95 %, number mismatch 97 %, near duplicates 99 %, the other
 * kinds ≥ 99.7 %.)
 * (Alignment 1.4.0 with the joint Model 1 table and the gloss rule: mean F1
 * 0.975 (0.960 ps, km 0.965 … 0.985 uz), kept 98.1–99.7 %, 21 of 26 on
 * target (below: ps, km, th, my, hi); recall misaligned 85 %, concatenated
 * 88 %, truncated 94 %. Before the re-measured calibration: 0.974, 19 of 26;
 * with the separate 2^21 tables: 0.974, 20 of 26 — about what a change of
 * hash seed moves.)
 * (Alignment 1.3.0: mean F1 0.972, 17 of 26, kept 98.1–99.9 %, misaligned
 * 80 %, concatenated 86 %, truncated 95 %.)
 * (Alignment 1.2.0: mean F1 0.969, 10 of 26, misaligned 82 %, concatenated
 * 83 %, truncated 92 %. Before the coverage/evidence features and one-to-one
 * number pairing: mean F1 0.962, 4 of 26, misaligned 74 %, concatenated 81 %,
 * truncated 90 %.)
 * The assertion guards against regressions from what the pipeline reaches
 * today (F1 ≥ 0.95, kept ≥ 98 % — the issue's own floor for kept — and mean F1 ≥ 0.977), so the check fails on a real step back
 * without failing CI on the gap.
 * Run: `npm run check:real-data -- noisy-flores` (needs ../shared/data).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NoisyEvalResult } from './noisy-eval.ts';
import { evaluateFloresTarget, floresAvailable, floresTargets, formatKinds, formatRow } from './noisy-flores.ts';

test('noisy FLORES devtest zh-Hans → X: rejection F1 and clean pairs kept per target language', { skip: !floresAvailable('devtest') && 'FLORES devtest not found' }, async () => {
  const rows: Array<{ tag: string; f1: number; kept: number }> = [];
  const belowTarget: string[] = [];
  const failures: string[] = [];
  const results: NoisyEvalResult[] = [];
  for (const info of floresTargets()) {
    const r = await evaluateFloresTarget(info, 'devtest');
    console.log(formatRow(info.tag, r));
    results.push(r);
    rows.push({ tag: info.tag, f1: r.f1, kept: r.cleanKept });
    const row = `${info.tag}: F1 ${r.f1.toFixed(3)}, kept ${(r.cleanKept * 100).toFixed(1)}%`;
    if (r.f1 < 0.97 || r.cleanKept < 0.98) belowTarget.push(row);
    if (r.f1 < 0.95 || r.cleanKept < 0.98) failures.push(row);
  }
  const mean = rows.reduce((a, r) => a + r.f1, 0) / rows.length;
  console.log(`mean F1 ${mean.toFixed(3)}, mean kept ${((rows.reduce((a, r) => a + r.kept, 0) / rows.length) * 100).toFixed(1)}% over ${rows.length} targets`);
  console.log(formatKinds(results));
  console.log(`below the issue's target (F1 ≥ 0.97, kept ≥ 98 %): ${belowTarget.length} of ${rows.length}`);
  assert.ok(rows.length >= 20, 'at least 20 target languages');
  assert.deepEqual(failures, [], `regressed below F1 0.95 / kept 98 %: ${failures.join('; ')}`);
  assert.ok(mean >= 0.977, `mean F1 ${mean.toFixed(3)} fell below 0.977 (alignment 1.4.0 reached 0.975, 1.5.0 0.976, 1.6.0 0.979)`);
});
