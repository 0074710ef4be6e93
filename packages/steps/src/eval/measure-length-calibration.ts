/**
 * Measures the expected length ratio of every registry language to zh-Hans on
 * FLORES-200 **dev** (997 sentences, allowed as calibration figures) and prints
 * the table that goes into packages/core/src/length-calibration.ts.
 *
 *   node --import tsx packages/steps/src/eval/measure-length-calibration.ts
 *
 * Length unit per language: words for spaced scripts, visible characters for
 * unspaced ones (the same functions the filters use). Figures: median and
 * MAD-based sigma (1.4826·MAD) of ln(len_X / len_zh), robust to the few
 * loose translations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@silkloom/core';
import { lengthIn, lengthUnitFor } from '../text-shim/length.ts';
import { median, robustSigma } from '../robust.ts';

const root = process.env.SILKLOOM_SHARED_DATA ?? '/work/shared/data';
const dir = join(root, 'flores', 'dev');
const read = (code: string) => readFileSync(join(dir, `${code}.dev`), 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l);

const zh = read('zho_Hans');
const zhLen = zh.map((l) => lengthIn(l, 'grapheme'));

const rows: string[] = [];
for (const info of LANGUAGES) {
  if (!info.flores) continue;
  const unit = lengthUnitFor(info.wordUnit);
  const lines = read(info.flores);
  const logs = lines.map((l, i) => Math.log(Math.max(1, lengthIn(l, unit)) / Math.max(1, zhLen[i]!)));
  const mu = median(logs);
  const sigma = robustSigma(logs, mu);
  const meanLen = lines.reduce((a, l) => a + lengthIn(l, unit), 0) / lines.length;
  rows.push(`  '${info.tag}': { unit: '${unit}', logRatio: ${mu.toFixed(4)}, sigma: ${sigma.toFixed(4)}, meanLength: ${meanLen.toFixed(1)} },`);
}
console.log(rows.join('\n'));
