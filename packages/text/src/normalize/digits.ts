/**
 * Native decimal digits → ASCII 0–9, for matching keys only (number agreement
 * across a pair, dedupe keys): every `nativeDigits` system in the language
 * registry (Thai, Lao, Khmer, Myanmar, Arabic-Indic, Extended Arabic-Indic,
 * Devanagari, Bengali, Sinhala Lith, Mongolian) plus full-width digits and the
 * Myanmar Shan digits U+1090–1099. Stored text keeps its own digits.
 */
import { LANGUAGES } from '@silkloom/core';
import { defineNormalizer, resultOf, unchanged } from './types.ts';

const DIGIT_VALUE = new Map<string, string>();
function addSystem(ten: string): void {
  Array.from(ten).forEach((d, i) => DIGIT_VALUE.set(d, String(i)));
}
for (const info of LANGUAGES) if (info.nativeDigits) addSystem(info.nativeDigits);
addSystem('٠١٢٣٤٥٦٧٨٩');
addSystem('۰۱۲۳۴۵۶۷۸۹');
addSystem('０１２３４５６７８９');
addSystem('႐႑႒႓႔႕႖႗႘႙');

const NATIVE = new RegExp(`[${[...DIGIT_VALUE.keys()].join('')}]`, 'gu');

/** Replaces native digits with ASCII ones. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE, (d) => DIGIT_VALUE.get(d)!);
}

export const digitsNormalizer = defineNormalizer({
  name: 'digits',
  version: 1,
  description: 'native decimal digits of every registry script (and full-width) → ASCII, for matching keys',
  scope: 'key',
  apply(text) {
    NATIVE.lastIndex = 0;
    if (!NATIVE.test(text)) return unchanged(text);
    let n = 0;
    const out = text.replace(NATIVE, (d) => {
      n++;
      return DIGIT_VALUE.get(d)!;
    });
    return resultOf(text, out, { digits: n });
  },
});
