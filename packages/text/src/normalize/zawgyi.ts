/**
 * Zawgyi → Unicode for Burmese. Zawgyi is a font encoding that reuses Myanmar
 * code points with other meanings, still common in text from Myanmar. It is
 * detected first with Google's myanmar-tools model (a Markov model over
 * code points) and only converted when the probability exceeds the threshold,
 * because converting real Unicode text would damage it.
 *
 * myanmar-tools must be 1.1.3: 1.2.0 on npm lacks its build output.
 */
import myanmarTools from 'myanmar-tools';
import { textError } from '../errors.ts';
import { defineNormalizer, resultOf, unchanged, type Normalizer } from './types.ts';

const MYANMAR = /[\u1000-\u109f]/;
let detector: InstanceType<typeof myanmarTools.ZawgyiDetector> | undefined;
let converter: InstanceType<typeof myanmarTools.ZawgyiConverter> | undefined;

/** Default probability above which text is taken to be Zawgyi. */
export const ZAWGYI_THRESHOLD = 0.95;

/** Probability (0–1) that `text` is Zawgyi; 0 when it has no Myanmar letters. */
export function zawgyiProbability(text: string): number {
  if (!MYANMAR.test(text)) return 0;
  detector ??= new myanmarTools.ZawgyiDetector();
  const p = detector.getZawgyiProbability(text);
  return Number.isFinite(p) ? p : 0;
}

/** Zawgyi → Unicode conversion, unconditionally (callers detect first). */
export function zawgyiToUnicode(text: string): string {
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter.zawgyiToUnicode(text);
}

/** Unicode → Zawgyi, for building test data (never applied to stored text). */
export function unicodeToZawgyi(text: string): string {
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter.unicodeToZawgyi(text);
}

/** Builds the Zawgyi normaliser with a detection threshold (default {@link ZAWGYI_THRESHOLD}). */
export function createZawgyiNormalizer(options: { threshold?: number } = {}): Normalizer {
  const threshold = options.threshold ?? ZAWGYI_THRESHOLD;
  if (!(threshold > 0 && threshold < 1)) {
    throw textError('SLM_TEXT_NORMALIZER_OPTIONS', { name: 'zawgyi', problem: `threshold must be in (0, 1), got ${threshold}` });
  }
  return defineNormalizer({
    name: 'zawgyi',
    version: 1,
    description: `Zawgyi-encoded Burmese → Unicode when myanmar-tools gives P(Zawgyi) > ${threshold}`,
    scope: 'text',
    apply(text) {
      if (!MYANMAR.test(text)) return unchanged(text);
      // Lines are judged separately: a unit may join text from two sources.
      let converted = 0;
      const out = text
        .split('\n')
        .map((line) => {
          if (zawgyiProbability(line) <= threshold) return line;
          converted++;
          return zawgyiToUnicode(line);
        })
        .join('\n');
      return resultOf(text, out, { zawgyi: converted });
    },
  });
}

export const zawgyiNormalizer = createZawgyiNormalizer();

export interface ZawgyiDetectionReport {
  /** Unicode sentences given, and how many changed under Unicode→Zawgyi (the positives). */
  sentences: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Zawgyi lines whose conversion back reproduced the Unicode exactly. */
  roundTrips: number;
}

/**
 * Measures detection on Unicode Burmese sentences: each sentence is a
 * negative; its Unicode→Zawgyi conversion (when different) is a positive.
 */
export function zawgyiDetectionAccuracy(unicodeSentences: readonly string[], threshold = ZAWGYI_THRESHOLD): ZawgyiDetectionReport {
  let positives = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let roundTrips = 0;
  for (const sentence of unicodeSentences) {
    if (zawgyiProbability(sentence) > threshold) fp++;
    const zawgyi = unicodeToZawgyi(sentence);
    if (zawgyi === sentence) continue;
    positives++;
    if (zawgyiProbability(zawgyi) > threshold) tp++;
    else fn++;
    if (zawgyiToUnicode(zawgyi) === sentence) roundTrips++;
  }
  return {
    sentences: unicodeSentences.length,
    positives,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: positives ? tp / positives : 1,
    roundTrips,
  };
}
