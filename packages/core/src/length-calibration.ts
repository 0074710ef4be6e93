/**
 * Expected length of each registry language relative to zh-Hans, with its
 * spread, for the length-ratio filter and the Gale–Church alignment score.
 *
 * Source: FLORES-200 **dev** split (997 sentences per language, CC BY-SA 4.0,
 * NLLB Team 2022), used only as calibration figures as issue 3 allows; measured
 * by `packages/steps/src/eval/measure-length-calibration.ts` on 2026-11-29.
 * Unit: words (whitespace tokens) for spaced scripts, visible characters
 * (code points without combining marks, spaces, controls) for unspaced ones —
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
  'zh-Hans': { unit: 'grapheme', logRatio: 0.0000, sigma: 0.0000, meanLength: 41.3 },
  'zh-Hant': { unit: 'grapheme', logRatio: -0.0465, sigma: 0.1450, meanLength: 38.4 },
  'yue-Hant': { unit: 'grapheme', logRatio: -0.0541, sigma: 0.1433, meanLength: 37.6 },
  'en': { unit: 'word', logRatio: -0.6325, sigma: 0.2260, meanLength: 21.0 },
  'id': { unit: 'word', logRatio: -0.7191, sigma: 0.2131, meanLength: 19.1 },
  'ms': { unit: 'word', logRatio: -0.6931, sigma: 0.2018, meanLength: 19.5 },
  'vi': { unit: 'word', logRatio: -0.2877, sigma: 0.2164, meanLength: 29.3 },
  'fil': { unit: 'word', logRatio: -0.4329, sigma: 0.2153, meanLength: 25.5 },
  'th': { unit: 'grapheme', logRatio: 0.8473, sigma: 0.2040, meanLength: 92.5 },
  'km': { unit: 'grapheme', logRatio: 0.7453, sigma: 0.2143, meanLength: 85.3 },
  'lo': { unit: 'grapheme', logRatio: 0.8528, sigma: 0.2161, meanLength: 94.1 },
  'my': { unit: 'grapheme', logRatio: 0.5596, sigma: 0.2292, meanLength: 69.3 },
  'ar': { unit: 'word', logRatio: -0.7538, sigma: 0.2189, meanLength: 18.8 },
  'fa': { unit: 'word', logRatio: -0.5680, sigma: 0.2122, meanLength: 22.5 },
  'fa-AF': { unit: 'word', logRatio: -0.5390, sigma: 0.2285, meanLength: 23.2 },
  'ur': { unit: 'word', logRatio: -0.3814, sigma: 0.2245, meanLength: 26.7 },
  'ps': { unit: 'word', logRatio: -0.3939, sigma: 0.2345, meanLength: 26.9 },
  'ru': { unit: 'word', logRatio: -0.7239, sigma: 0.2092, meanLength: 19.2 },
  'kk': { unit: 'word', logRatio: -0.8708, sigma: 0.2190, meanLength: 16.6 },
  'uz': { unit: 'word', logRatio: -0.8109, sigma: 0.2231, meanLength: 17.4 },
  'mn': { unit: 'word', logRatio: -0.7282, sigma: 0.2169, meanLength: 18.9 },
  'tr': { unit: 'word', logRatio: -0.8602, sigma: 0.2155, meanLength: 16.7 },
  'sw': { unit: 'word', logRatio: -0.6678, sigma: 0.2255, meanLength: 20.4 },
  'ha': { unit: 'word', logRatio: -0.4818, sigma: 0.2285, meanLength: 24.3 },
  'am': { unit: 'word', logRatio: -0.8544, sigma: 0.2330, meanLength: 16.9 },
  'hi': { unit: 'word', logRatio: -0.4654, sigma: 0.2178, meanLength: 24.7 },
  'bn': { unit: 'word', logRatio: -0.7419, sigma: 0.2354, meanLength: 18.8 },
  'ne': { unit: 'word', logRatio: -0.7859, sigma: 0.2136, meanLength: 17.9 },
  'si': { unit: 'word', logRatio: -0.6614, sigma: 0.2114, meanLength: 20.3 },
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
