/**
 * Expected length of each registry language relative to zh-Hans, with its
 * spread, for the length-ratio filter and the Gale–Church alignment score.
 *
 * Source: FLORES-200 **dev** split (997 sentences per language, CC BY-SA 4.0,
 * NLLB Team 2022), used only as calibration figures as issue 3 allows; measured
 * by `packages/steps/src/eval/measure-length-calibration.ts` on 2026-11-29.
 * Unit: words (whitespace tokens) for spaced scripts, visible characters
 * (code points without combining marks, spaces, controls; a run of ASCII
 * letters or digits counts as one, a Latin gloss in brackets after a word of
 * another script counts as nothing) for unspaced ones —
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
  'zh-Hans': { unit: 'grapheme', logRatio: 0.0000, sigma: 0.0000, meanLength: 38.2 },
  'zh-Hant': { unit: 'grapheme', logRatio: -0.0323, sigma: 0.1280, meanLength: 36.9 },
  'yue-Hant': { unit: 'grapheme', logRatio: -0.0408, sigma: 0.1264, meanLength: 36.2 },
  'en': { unit: 'word', logRatio: -0.5831, sigma: 0.1945, meanLength: 21.0 },
  'id': { unit: 'word', logRatio: -0.6931, sigma: 0.1746, meanLength: 19.1 },
  'ms': { unit: 'word', logRatio: -0.6665, sigma: 0.1808, meanLength: 19.5 },
  'vi': { unit: 'word', logRatio: -0.2513, sigma: 0.1831, meanLength: 29.3 },
  'fil': { unit: 'word', logRatio: -0.3920, sigma: 0.1761, meanLength: 25.5 },
  'th': { unit: 'grapheme', logRatio: 0.8650, sigma: 0.1801, meanLength: 89.9 },
  'km': { unit: 'grapheme', logRatio: 0.7319, sigma: 0.2015, meanLength: 78.8 },
  'lo': { unit: 'grapheme', logRatio: 0.8383, sigma: 0.2113, meanLength: 86.9 },
  'my': { unit: 'grapheme', logRatio: 0.5845, sigma: 0.2024, meanLength: 67.8 },
  'ar': { unit: 'word', logRatio: -0.6931, sigma: 0.1980, meanLength: 18.8 },
  'fa': { unit: 'word', logRatio: -0.5261, sigma: 0.1818, meanLength: 22.5 },
  'fa-AF': { unit: 'word', logRatio: -0.5000, sigma: 0.2017, meanLength: 23.2 },
  'ur': { unit: 'word', logRatio: -0.3528, sigma: 0.1923, meanLength: 26.7 },
  'ps': { unit: 'word', logRatio: -0.3463, sigma: 0.2055, meanLength: 26.9 },
  'ru': { unit: 'word', logRatio: -0.6769, sigma: 0.1860, meanLength: 19.2 },
  'kk': { unit: 'word', logRatio: -0.8267, sigma: 0.1980, meanLength: 16.6 },
  'uz': { unit: 'word', logRatio: -0.7732, sigma: 0.1876, meanLength: 17.4 },
  'mn': { unit: 'word', logRatio: -0.6931, sigma: 0.1907, meanLength: 18.9 },
  'tr': { unit: 'word', logRatio: -0.8267, sigma: 0.1980, meanLength: 16.7 },
  'sw': { unit: 'word', logRatio: -0.6242, sigma: 0.1996, meanLength: 20.4 },
  'ha': { unit: 'word', logRatio: -0.4495, sigma: 0.1932, meanLength: 24.3 },
  'am': { unit: 'word', logRatio: -0.8044, sigma: 0.2024, meanLength: 16.9 },
  'hi': { unit: 'word', logRatio: -0.4296, sigma: 0.1928, meanLength: 24.7 },
  'bn': { unit: 'word', logRatio: -0.6931, sigma: 0.1980, meanLength: 18.8 },
  'ne': { unit: 'word', logRatio: -0.7472, sigma: 0.1957, meanLength: 17.9 },
  'si': { unit: 'word', logRatio: -0.6162, sigma: 0.1889, meanLength: 20.3 },
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
