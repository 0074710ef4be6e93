/**
 * Small orthographic normalisers named in the language registry:
 *
 * - `thai-vowel-order`: SARA AM typed as NIKHAHIT + SARA AA (U+0E4D U+0E32,
 *   with or without a tone mark between) becomes U+0E33; a tone mark typed
 *   before an above/below vowel is moved after it (TIS 620 / Unicode §16.4
 *   storage order: consonant, vowel, tone).
 * - `vi-tone-marks`: Vietnamese "new style" tone placement on the open
 *   syllables oa, oe, uy (hoà, khoẻ, thuý) → the traditional placement
 *   (hòa, khỏe, thúy) that most published text uses, so both spellings match.
 * - `uz-apostrophe`: Uzbek Latin oʻ/gʻ written with ' ‘ ’ ` ´ ʼ → U+02BB
 *   (MODIFIER LETTER TURNED COMMA) and the tutuq belgisi elsewhere between
 *   letters → U+02BC, per the 1995 Uzbek Latin alphabet.
 */
import { defineNormalizer, resultOf, unchanged } from './types.ts';

const TONE = '[\u0e48-\u0e4b]';
const THAI_RULES: Array<[RegExp, string]> = [
  [/\u0e4d\u0e32/g, '\u0e33'],
  [new RegExp(`\u0e4d(${TONE})\u0e32`, 'g'), '$1\u0e33'],
  [new RegExp(`(${TONE})([\u0e31\u0e34-\u0e37\u0e38-\u0e3a])`, 'g'), '$2$1'],
];

export const thaiVowelOrderNormalizer = defineNormalizer({
  name: 'thai-vowel-order',
  version: 1,
  description: 'Thai SARA AM composed, tone marks after above/below vowels',
  scope: 'text',
  apply(text) {
    if (!/[\u0e31-\u0e4d]/.test(text)) return unchanged(text);
    let n = 0;
    let out = text;
    for (const [re, to] of THAI_RULES) {
      out = out.replace(re, (...args: unknown[]) => {
        n++;
        return to.replace('$1', String(args[1] ?? '')).replace('$2', String(args[2] ?? ''));
      });
    }
    return resultOf(text, out, { reordered: n });
  },
});

// Tone marks as combining characters (after NFD): grave, acute, hook, tilde, dot below.
const VI_TONES = '\u0300\u0301\u0309\u0303\u0323';
const VI_NEW_STYLE = new RegExp(`([oO])([aAeE])([${VI_TONES}])(?![\\p{L}\\p{M}])|([uU])([yY])([${VI_TONES}])(?![\\p{L}\\p{M}])`, 'gu');

export const viToneMarksNormalizer = defineNormalizer({
  name: 'vi-tone-marks',
  version: 1,
  description: 'Vietnamese tone marks on oa/oe/uy open syllables in the traditional position (hoà → hòa)',
  scope: 'text',
  apply(text) {
    if (!/[\u00c0-\u1ef9]/.test(text)) return unchanged(text);
    let n = 0;
    const decomposed = text.normalize('NFD');
    const moved = decomposed.replace(VI_NEW_STYLE, (_m, o?: string, a?: string, t1?: string, u?: string, y?: string, t2?: string) => {
      n++;
      return o ? `${o}${t1}${a}` : `${u}${t2}${y}`;
    });
    if (!n) return unchanged(text);
    return resultOf(text, moved.normalize('NFC'), { moved: n });
  },
});

const UZ_OG = /([oOgG])['‘’`´ʼ]/g;
const UZ_GLOTTAL = /(?<=\p{L})['‘’`´](?=\p{L})/gu;

export const uzApostropheNormalizer = defineNormalizer({
  name: 'uz-apostrophe',
  version: 1,
  description: "Uzbek Latin oʻ/gʻ with U+02BB and the tutuq belgisi with U+02BC instead of ASCII/typographic quotes",
  scope: 'text',
  apply(text) {
    if (!/['‘’`´ʼ]/.test(text)) return unchanged(text);
    const stats = { okina: 0, glottal: 0 };
    let out = text.replace(UZ_OG, (_m, letter: string) => {
      stats.okina++;
      return `${letter}\u02bb`;
    });
    out = out.replace(UZ_GLOTTAL, () => {
      stats.glottal++;
      return '\u02bc';
    });
    return resultOf(text, out, stats);
  },
});
