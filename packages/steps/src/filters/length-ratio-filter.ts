/**
 * `length_ratio`: is the target's length plausible for the source's, for this
 * language pair? A z-score of the log length ratio against the figures
 * measured on FLORES-200 dev (core `length-calibration.ts`), in each side's own
 * unit. A fixed "ratio ≤ 3" (OpusFilter, hardrules) is far too loose for some
 * pairs and wrong for others: Thai is ~2.3× the characters of Chinese, English
 * ~0.53× the words. Short segments get a wider band: their ratio is noisier
 * (the spread grows like 1/√length, as in Gale–Church).
 * Score: signed z (clean ≈ 0; negative = target too short).
 */
import { DEFAULT_LENGTH_SIGMA, expectedLogRatio, lengthCalibration } from '@silkloom/core';
import { defineStep, kept, dropped } from '../step.ts';
import { sideLength } from '../pair-measures.ts';
import { lengthUnitFor } from '../text-shim/length.ts';

/** Typical FLORES length in zh characters: the spread was measured there. */
const CALIBRATED_AT = 40;
const SHORT_PENALTY = 15;

export interface LengthModel {
  logRatio: number;
  sigma: number;
  srcLogRatio: number;
}

export function lengthModel(srcLang: string, tgtLang: string): LengthModel {
  const expected = expectedLogRatio(srcLang, tgtLang);
  return {
    logRatio: expected?.logRatio ?? 0,
    sigma: expected?.sigma ?? DEFAULT_LENGTH_SIGMA * 2,
    srcLogRatio: lengthCalibration(srcLang)?.logRatio ?? 0,
  };
}

/** z-score of the observed lengths under the model (signed). */
export function lengthZ(model: LengthModel, srcLen: number, tgtLen: number): number {
  const r = Math.log((tgtLen + 0.5) / (srcLen + 0.5));
  const zhUnits = Math.max(1, srcLen / Math.exp(model.srcLogRatio));
  const widen = Math.sqrt((1 + SHORT_PENALTY / zhUnits) / (1 + SHORT_PENALTY / CALIBRATED_AT));
  return (r - model.logRatio) / (model.sigma * widen);
}

export const lengthRatioFilter = defineStep({
  name: 'length_ratio',
  version: '1.2.0',
  kind: 'filter',
  scoreEdges: [-8, -6, -5, -4, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8],
  description: 'Drops pairs whose log length ratio is more than max_z spreads from the calibrated expectation for the pair.',
  options: {
    max_z: { type: 'number', default: 3.5, min: 0.5, description: 'Largest |z| of the log length ratio kept.' },
  },
  create(o, ctx) {
    const model = lengthModel(ctx.srcLang, ctx.tgtLang);
    const su = lengthUnitFor(ctx.src?.wordUnit);
    const tu = lengthUnitFor(ctx.tgt?.wordUnit);
    return {
      kind: 'filter',
      check(pair) {
        const z = lengthZ(model, sideLength(pair, 'src', su), sideLength(pair, 'tgt', tu));
        return Math.abs(z) <= o.max_z ? kept(z) : dropped('length_ratio', z);
      },
    };
  },
});
