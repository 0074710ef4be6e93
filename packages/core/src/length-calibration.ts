/**
 * Expected length of each registry language relative to zh-Hans, with its
 * spread, for the length-ratio filter and the Gale–Church alignment score.
 *
 * Source: FLORES-200 **dev** split (997 sentences per language, CC BY-SA 4.0,
 * NLLB Team 2022), used only as calibration figures as issue 3 allows; measured
 * by `packages/steps/src/eval/measure-length-calibration.ts` on 2026-11-29
 * (re-measured for length_ratio 1.2.0).
 * Unit: words (whitespace tokens) for spaced scripts, visible characters
 * (code points without combining marks, spaces, controls; a Latin word counts
 * as its transliteration into the text's script would — syllables in Han,
 * consonants in Khmer and Burmese, letters in Thai and Lao —, a run of digits
 * as one, a Latin gloss in brackets after a word of another script or its
 * closing quote as nothing) for unspaced ones — the registry's `wordUnit`. `logRatio` is the median of
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
  'zh-Hans': { unit: 'grapheme', logRatio: 0.0000, sigma: 0.0000, meanLength: 38.3 },
  'zh-Hant': { unit: 'grapheme', logRatio: -0.0317, sigma: 0.1276, meanLength: 37.0 },
  'yue-Hant': { unit: 'grapheme', logRatio: -0.0400, sigma: 0.1240, meanLength: 36.3 },
  'en': { unit: 'word', logRatio: -0.5878, sigma: 0.1973, meanLength: 21.0 },
  'id': { unit: 'word', logRatio: -0.6931, sigma: 0.1746, meanLength: 19.1 },
  'ms': { unit: 'word', logRatio: -0.6690, sigma: 0.1770, meanLength: 19.5 },
  'vi': { unit: 'word', logRatio: -0.2542, sigma: 0.1857, meanLength: 29.3 },
  'fil': { unit: 'word', logRatio: -0.3930, sigma: 0.1796, meanLength: 25.5 },
  'th': { unit: 'grapheme', logRatio: 0.8772, sigma: 0.1752, meanLength: 91.8 },
  'km': { unit: 'grapheme', logRatio: 0.7472, sigma: 0.1949, meanLength: 80.1 },
  'lo': { unit: 'grapheme', logRatio: 0.8701, sigma: 0.1872, meanLength: 91.4 },
  'my': { unit: 'grapheme', logRatio: 0.5917, sigma: 0.1980, meanLength: 68.6 },
  'ar': { unit: 'word', logRatio: -0.7115, sigma: 0.2013, meanLength: 18.8 },
  'fa': { unit: 'word', logRatio: -0.5281, sigma: 0.1818, meanLength: 22.5 },
  'fa-AF': { unit: 'word', logRatio: -0.5008, sigma: 0.2028, meanLength: 23.2 },
  'ur': { unit: 'word', logRatio: -0.3567, sigma: 0.1937, meanLength: 26.7 },
  'ps': { unit: 'word', logRatio: -0.3463, sigma: 0.2055, meanLength: 26.9 },
  'ru': { unit: 'word', logRatio: -0.6931, sigma: 0.1928, meanLength: 19.2 },
  'kk': { unit: 'word', logRatio: -0.8267, sigma: 0.1980, meanLength: 16.6 },
  'uz': { unit: 'word', logRatio: -0.7765, sigma: 0.1873, meanLength: 17.4 },
  'mn': { unit: 'word', logRatio: -0.6931, sigma: 0.1907, meanLength: 18.9 },
  'tr': { unit: 'word', logRatio: -0.8329, sigma: 0.2024, meanLength: 16.7 },
  'sw': { unit: 'word', logRatio: -0.6242, sigma: 0.1996, meanLength: 20.4 },
  'ha': { unit: 'word', logRatio: -0.4499, sigma: 0.1949, meanLength: 24.3 },
  'am': { unit: 'word', logRatio: -0.8044, sigma: 0.1990, meanLength: 16.9 },
  'hi': { unit: 'word', logRatio: -0.4308, sigma: 0.1910, meanLength: 24.7 },
  'bn': { unit: 'word', logRatio: -0.6931, sigma: 0.1980, meanLength: 18.8 },
  'ne': { unit: 'word', logRatio: -0.7472, sigma: 0.1901, meanLength: 17.9 },
  'si': { unit: 'word', logRatio: -0.6225, sigma: 0.1869, meanLength: 20.3 },
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
