/**
 * Measurements several steps take of the same side of a pair — the character
 * profile (empty, language, script, untranslated, non-letter), the length in
 * the script's unit (length, length ratio, alignment), the numbers (numbers,
 * alignment) and the dedupe key (exact and near dedupe, decontamination,
 * store lookups) — made once per side and shared.
 *
 * The runner gives each pair it processes a fresh {@link PairMeasures} (and
 * a new one when a normaliser changes the text); a pair without one, e.g. a
 * filter called on its own, is measured on every call. Steps must treat what
 * they get as read-only.
 */
import { dedupeKey } from './dedupe/pair-key.ts';
import type { PairText } from './step.ts';
import { type LengthUnit, lengthIn } from './text-shim/length.ts';
import { type TextProfile, textProfile } from './text-shim/profile.ts';
import { type NumberToken, extractNumbers } from './text-shim/numbers.ts';

export type Side = 'src' | 'tgt';

/** What is known of one side so far (-1 / undefined: not measured yet). */
export class SideMeasures {
  profile: TextProfile | undefined = undefined;
  dedupeKey: string | undefined = undefined;
  graphemes = -1;
  words = -1;
  /** Numbers read from the side (text-shim/numbers.ts), and whether Chinese numerals were read too. */
  numbers: NumberToken[] | undefined = undefined;
  numbersChinese = false;
}

export class PairMeasures {
  readonly src = new SideMeasures();
  readonly tgt = new SideMeasures();
}

/** The character profile of one side (text-shim/profile.ts). */
export function sideProfile(pair: PairText, side: Side): TextProfile {
  const m = pair.measures?.[side];
  if (!m) return textProfile(pair[side]);
  return (m.profile ??= textProfile(pair[side]));
}

/** The length of one side in `unit` (text-shim/length.ts). */
export function sideLength(pair: PairText, side: Side, unit: LengthUnit): number {
  const m = pair.measures?.[side];
  if (!m) return lengthIn(pair[side], unit);
  if (unit === 'grapheme') return m.graphemes >= 0 ? m.graphemes : (m.graphemes = lengthIn(pair[side], unit));
  return m.words >= 0 ? m.words : (m.words = lengthIn(pair[side], unit));
}

/** The normalised dedupe key of one side (dedupe/pair-key.ts). */
export function sideDedupeKey(pair: PairText, side: Side): string {
  const m = pair.measures?.[side];
  if (!m) return dedupeKey(pair[side]);
  return (m.dedupeKey ??= dedupeKey(pair[side]));
}

/** The numbers of one side (text-shim/numbers.ts; `chinese`: Chinese numerals read too), read once per side. */
export function sideNumbers(side: SideMeasures | undefined, text: string, chinese: boolean): NumberToken[] {
  if (!side) return extractNumbers(text, chinese);
  if (!side.numbers || side.numbersChinese !== chinese) {
    side.numbers = extractNumbers(text, chinese);
    side.numbersChinese = chinese;
  }
  return side.numbers;
}
