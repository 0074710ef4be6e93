/**
 * Arabic-script letter variants that keyboards and fonts mix up, mapped to
 * the letters each language's orthography uses (Unicode §9.2; Iranian
 * Academy of Persian Language and Literature; National Language Authority of
 * Pakistan conventions):
 *
 * - fa, fa-AF: Arabic yeh ي U+064A and alef maksura ى U+0649 → Farsi yeh ی U+06CC;
 *   Arabic kaf ك U+0643 → keheh ک U+06A9.
 * - ur: the same, and Arabic heh ه U+0647 → heh goal ہ U+06C1 (Urdu's ordinary
 *   he; ھ U+06BE, the do-chashmi he of aspirates, and ے U+06D2 are left alone).
 * - ps: alef maksura ى → ی U+06CC and ك → ک U+06A9 only. Pashto uses ي U+064A
 *   as its own letter (masculine/verbal ending), so it is kept.
 * - ar: Farsi yeh ی U+06CC → ي U+064A (ى U+0649 at the end of a word), keheh ک → ك.
 *
 * Every language: tatweel ـ U+0640 (a justification stretch, not a letter) is removed.
 */
import { primaryLanguage } from '@silkloom/core';
import { defineNormalizer, resultOf, unchanged } from './types.ts';

type Rule = [RegExp, string | ((m: string, ...rest: unknown[]) => string), string];
const TATWEEL: Rule = [/\u0640/g, '', 'tatweel'];
const RULES: Record<string, Rule[]> = {
  fa: [[/[\u064a\u0649]/g, '\u06cc', 'yeh'], [/\u0643/g, '\u06a9', 'kaf'], TATWEEL],
  ur: [[/[\u064a\u0649]/g, '\u06cc', 'yeh'], [/\u0643/g, '\u06a9', 'kaf'], [/\u0647/g, '\u06c1', 'heh'], TATWEEL],
  ps: [[/\u0649/g, '\u06cc', 'yeh'], [/\u0643/g, '\u06a9', 'kaf'], TATWEEL],
  ar: [[/\u06cc(?=[\p{L}\p{M}])/gu, '\u064a', 'yeh'], [/\u06cc/g, '\u0649', 'yeh'], [/\u06a9/g, '\u0643', 'kaf'], TATWEEL],
};
const ARABIC = /[\u0600-\u06ff]/;

export const arabicLettersNormalizer = defineNormalizer({
  name: 'arabic-letters',
  version: 1,
  description: 'Arabic-script letter variants (yeh, kaf, heh) to the orthography of fa/fa-AF/ur/ps/ar; remove tatweel',
  scope: 'text',
  apply(text, context) {
    if (!ARABIC.test(text)) return unchanged(text);
    const rules = RULES[context?.lang ? primaryLanguage(context.lang.toLowerCase()) : ''] ?? [TATWEEL];
    const stats: Record<string, number> = {};
    let out = text;
    for (const [pattern, replacement, stat] of rules) {
      out = out.replace(pattern, (m: string, ...rest: unknown[]) => {
        stats[stat] = (stats[stat] ?? 0) + 1;
        return typeof replacement === 'string' ? replacement : replacement(m, ...rest);
      });
    }
    return resultOf(text, out, stats);
  },
});
