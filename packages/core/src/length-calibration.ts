/**
 * Expected length of each registry language relative to zh-Hans, with its
 * spread, for the length-ratio filter and the Gale–Church alignment score.
 *
 * Source: FLORES-200 **dev** split (997 sentences per language, CC BY-SA 4.0,
 * NLLB Team 2022), used only as calibration figures as issue 3 allows; measured
 * by `packages/steps/src/eval/measure-length-calibration.ts` on 2026-11-29.
 * Unit: words (whitespace tokens) for spaced scripts, visible characters
 * (code points without combining marks, spaces, controls; a run of ASCII
 * letters or digits counts as one) for unspaced ones —
 * the registry's `wordUnit`. `logRatio` is the median of
 * ln(length_X / length_zh-Hans), `sigma` is 1.4826 × the median absolute
 * deviation of that log ratio (a robust standard deviation), `meanLength`
 * the mean sentence length in the unit.
 */
import type { LangTag } from './lang-tag.ts';
import { languageInfo } from './language-registry.ts';

export interface LengthCalibration {
  unit: 'word' | 'grapheme';
  /** Median ln(len_X / len_zh-Hans). */
  logRatio: number;
  /** Robust standard deviation of that log ratio. */
  sigma: number;
  /** Mean sentence length in FLORES dev, in `unit`. */
  meanLength: number;
}

export const LENGTH_CALIBRATION: Readonly<Record<LangTag, LengthCalibration>> = {
  'zh-Hans': { unit: 'grapheme', logRatio: 0.0000, sigma: 0.0000, meanLength: 38.8 },
  'zh-Hant': { unit: 'grapheme', logRatio: -0.0435, sigma: 0.1368, meanLength: 37.0 },
  'yue-Hant': { unit: 'grapheme', logRatio: -0.0541, sigma: 0.1415, meanLength: 36.2 },
  'en': { unit: 'word', logRatio: -0.5978, sigma: 0.2051, meanLength: 21.0 },
  'id': { unit: 'word', logRatio: -0.6931, sigma: 0.1895, meanLength: 19.1 },
  'ms': { unit: 'word', logRatio: -0.6745, sigma: 0.1896, meanLength: 19.5 },
  'vi': { unit: 'word', logRatio: -0.2624, sigma: 0.1884, meanLength: 29.3 },
  'fil': { unit: 'word', logRatio: -0.4055, sigma: 0.1928, meanLength: 25.5 },
  'th': { unit: 'grapheme', logRatio: 0.8557, sigma: 0.1896, meanLength: 89.9 },
  'km': { unit: 'grapheme', logRatio: 0.7319, sigma: 0.2090, meanLength: 79.8 },
  'lo': { unit: 'grapheme', logRatio: 0.8374, sigma: 0.2139, meanLength: 87.6 },
  'my': { unit: 'grapheme', logRatio: 0.5764, sigma: 0.2091, meanLength: 67.8 },
  'ar': { unit: 'word', logRatio: -0.7205, sigma: 0.2030, meanLength: 18.8 },
  'fa': { unit: 'word', logRatio: -0.5368, sigma: 0.1947, meanLength: 22.5 },
  'fa-AF': { unit: 'word', logRatio: -0.5108, sigma: 0.2065, meanLength: 23.2 },
  'ur': { unit: 'word', logRatio: -0.3567, sigma: 0.2013, meanLength: 26.7 },
  'ps': { unit: 'word', logRatio: -0.3600, sigma: 0.2119, meanLength: 26.9 },
  'ru': { unit: 'word', logRatio: -0.6931, sigma: 0.2034, meanLength: 19.2 },
  'kk': { unit: 'word', logRatio: -0.8383, sigma: 0.2152, meanLength: 16.6 },
  'uz': { unit: 'word', logRatio: -0.7802, sigma: 0.2013, meanLength: 17.4 },
  'mn': { unit: 'word', logRatio: -0.6931, sigma: 0.1980, meanLength: 18.9 },
  'tr': { unit: 'word', logRatio: -0.8362, sigma: 0.2122, meanLength: 16.7 },
  'sw': { unit: 'word', logRatio: -0.6360, sigma: 0.2034, meanLength: 20.4 },
  'ha': { unit: 'word', logRatio: -0.4595, sigma: 0.2055, meanLength: 24.3 },
  'am': { unit: 'word', logRatio: -0.8168, sigma: 0.2057, meanLength: 16.9 },
  'hi': { unit: 'word', logRatio: -0.4367, sigma: 0.2013, meanLength: 24.7 },
  'bn': { unit: 'word', logRatio: -0.7147, sigma: 0.2142, meanLength: 18.8 },
  'ne': { unit: 'word', logRatio: -0.7591, sigma: 0.2001, meanLength: 17.9 },
  'si': { unit: 'word', logRatio: -0.6286, sigma: 0.1980, meanLength: 20.3 },
};

/** Spread assumed for a language without figures (the largest measured, rounded up). */
export const DEFAULT_LENGTH_SIGMA = 0.25;

/** Calibration for any tag, via the registry entry it resolves to; undefined when unknown. */
export function lengthCalibration(tag: string): LengthCalibration | undefined {
  const info = languageInfo(tag);
  return info ? LENGTH_CALIBRATION[info.tag] : undefined;
}

/**
 * Expected ln(len_tgt / len_src) and its spread for a pair, from the two
 * languages' figures against zh-Hans. When neither side is zh-Hans the spreads
 * add as if independent, which overstates the spread a little (safe side).
 */
export function expectedLogRatio(srcTag: string, tgtTag: string): { logRatio: number; sigma: number } | undefined {
  const s = lengthCalibration(srcTag);
  const t = lengthCalibration(tgtTag);
  if (!s || !t) return undefined;
  return { logRatio: t.logRatio - s.logRatio, sigma: Math.max(Math.sqrt(s.sigma ** 2 + t.sigma ** 2), 0.1) };
}
