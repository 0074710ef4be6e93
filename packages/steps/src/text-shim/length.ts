/**
 * Length in the unit that fits the script: words for spaced scripts, visible
 * characters (≈ grapheme clusters: base characters without their combining
 * marks) for unspaced ones (the registry's `wordUnit`). Counting marks apart
 * matters for Myanmar, Khmer and Devanagari, whose JS string length is far
 * above what a reader sees.
 */
import type { WordUnit } from '@silkloom/core';
import { C_CONTROL, C_FORMAT, C_LETTER, C_MARK, C_SPACE, CLASS_OF } from './char-table.ts';

export type LengthUnit = 'grapheme' | 'word';

export function lengthUnitFor(wordUnit: WordUnit | undefined): LengthUnit {
  return wordUnit === 'segmenter' ? 'grapheme' : 'word';
}

/**
 * Visible characters: code points that are not combining marks, spaces,
 * controls or format characters — except that a run of ASCII letters and
 * digits (a Latin name, a number inside Chinese or Thai text) counts as one,
 * since it stands for one word of the other side, not for one per letter,
 * and a Latin gloss in brackets right after a word of another script
 * (塞伦盖蒂（Serengeti）, ໂປຼເວນຊາໂນ່ (Provenzano)) counts as nothing: it
 * repeats the name before it, which the other side writes once.
 */
export function countVisible(text: string): number {
  let n = 0;
  let inRun = false;
  /** Whether the last visible character was a letter of a non-Latin script. */
  let afterWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
      if (!inRun) n++;
      inRun = true;
      afterWord = false;
      continue;
    }
    inRun = false;
    if (afterWord && (c === 0x28 || c === 0xff08)) {
      const close = latinGlossEnd(text, i + 1);
      if (close > 0) {
        i = close;
        afterWord = false;
        continue;
      }
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    const cls = CLASS_OF[c]!;
    // Spaces and format characters (a zero-width space before the bracket in Khmer or Lao) keep `afterWord`.
    if (cls === C_SPACE) continue;
    if (cls === C_FORMAT) continue;
    afterWord = c >= 0x80 && (cls === C_LETTER || cls === C_MARK || isAstralLetter(text, i, c));
    if (cls === C_MARK || (cls === C_CONTROL && c < 0xd800)) continue;
    n++;
  }
  return n;
}

/** Whether a high surrogate at `i` starts a supplementary-plane letter (CJK Extension B and on). */
function isAstralLetter(text: string, i: number, c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && ASTRAL_LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}
const ASTRAL_LETTER = /^\p{L}$/u;

/** The index of the closing bracket of a short all-Latin gloss starting at `from` (names: letters, digits, spaces, . - ' & ,), or -1. */
function latinGlossEnd(text: string, from: number): number {
  let letters = 0;
  for (let j = from; j < text.length && j < from + 80; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x29 || c === 0xff09) return letters ? j : -1;
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    else if (!((c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x2e || c === 0x2d || c === 0x27 || c === 0x26 || c === 0x2c)) return -1;
  }
  return -1;
}

/** Whitespace-separated tokens that hold at least one non-space visible character. */
export function countSpacedWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = CLASS_OF[text.charCodeAt(i)]!;
    if (cls === C_SPACE) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export function lengthIn(text: string, unit: LengthUnit): number {
  return unit === 'grapheme' ? countVisible(text) : countSpacedWords(text);
}
