/**
 * BOM and stray zero-width and invisible format characters. Always removed:
 * U+FEFF (BOM / ZWNBSP) anywhere, U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER,
 * U+00AD SOFT HYPHEN, U+180E, and the bidi marks and controls
 * U+200E/U+200F/U+061C, U+202A–U+202E, U+2066–U+2069 (stored text carries its
 * direction in the unit's language; stray controls break matching).
 *
 * ZERO WIDTH NON-JOINER U+200C and ZERO WIDTH JOINER U+200D are letters'
 * business in several scripts (Unicode §23.2): ZWNJ separates the parts of
 * Persian/Urdu/Pashto words (می‌روم) and prevents conjuncts in Indic scripts and
 * Khmer; ZWJ requests Sinhala/Indic conjunct and half forms (ශ්‍රී) and builds
 * emoji sequences. They are kept between two letters of a script that uses
 * them (Arabic, Syriac, Indic, Sinhala, Khmer, Myanmar, Mongolian, Tibetan),
 * ZWJ also between emoji, and — when the declared language lists
 * `zero-width-keep-zwnj` / `zero-width-keep-zwj` in the registry — between any
 * two letters. Everywhere else (doubled, at a word edge, inside Latin or Han
 * text) they are removed.
 */
import { languageInfo } from '@silkloom/core';
import { defineNormalizer, resultOf, unchanged, type NormalizeContext, type NormalizeResult } from './types.ts';

const ANY = /[\ufeff\u200b\u2060\u00ad\u180e\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200c\u200d]/;
const ALWAYS = /[\ufeff\u200b\u2060\u00ad\u180e]/g;
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const JOINING_SCRIPT_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Mongolian}\p{Script=Tibetan}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;

function keepLang(context: NormalizeContext | undefined, which: 'zwnj' | 'zwj'): boolean {
  if (!context?.lang) return false;
  try {
    return languageInfo(context.lang)?.normalizers.includes(`zero-width-keep-${which}`) ?? false;
  } catch {
    return false;
  }
}

/** The code point ending just before index i, and the one starting at index j. */
function before(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}
function after(text: string, j: number): string {
  if (j >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(j)!);
}

function strip(text: string, context?: NormalizeContext, force?: 'zwnj' | 'zwj'): NormalizeResult {
  if (!ANY.test(text)) return unchanged(text);
  const stats = { bom: 0, zwsp: 0, bidi: 0, zwnj: 0, zwj: 0 };
  let out = text.replace(ALWAYS, (c) => {
    if (c === '\ufeff') stats.bom++;
    else stats.zwsp++;
    return '';
  });
  out = out.replace(BIDI, () => {
    stats.bidi++;
    return '';
  });
  if (/[\u200c\u200d]/.test(out)) {
    const keepZwnj = force === 'zwnj' || keepLang(context, 'zwnj');
    const keepZwj = force === 'zwj' || keepLang(context, 'zwj');
    out = out.replace(/[\u200c\u200d]+/g, (run, offset: number) => {
      const prev = before(out, offset);
      const next = after(out, offset + run.length);
      const zwj = run[run.length - 1] === '\u200d';
      const letters = LETTER.test(prev) && LETTER.test(next);
      const scriptNeeds = letters && (JOINING_SCRIPT_LETTER.test(prev) || JOINING_SCRIPT_LETTER.test(next));
      const keep = zwj
        ? scriptNeeds || (letters && keepZwj) || (EMOJI.test(prev) && EMOJI.test(next))
        : scriptNeeds || (letters && keepZwnj);
      const kept = keep ? run[run.length - 1]! : '';
      const removed = run.length - kept.length;
      if (removed) {
        for (const c of run.slice(0, removed)) stats[c === '\u200c' ? 'zwnj' : 'zwj']++;
      }
      return kept;
    });
  }
  return resultOf(text, out, stats);
}

export const zeroWidthNormalizer = defineNormalizer({
  name: 'zero-width',
  version: 1,
  description: 'remove BOM, ZWSP, word joiner, soft hyphen and bidi controls; keep ZWNJ/ZWJ only where the script needs them',
  scope: 'text',
  apply: (text, context) => strip(text, context),
});

export const zeroWidthKeepZwnjNormalizer = defineNormalizer({
  name: 'zero-width-keep-zwnj',
  version: 1,
  description: 'as "zero-width", and ZWNJ is kept between any two letters (fa, ur, ps, km)',
  scope: 'text',
  apply: (text, context) => strip(text, context, 'zwnj'),
});

export const zeroWidthKeepZwjNormalizer = defineNormalizer({
  name: 'zero-width-keep-zwj',
  version: 1,
  description: 'as "zero-width", and ZWJ is kept between any two letters (si)',
  scope: 'text',
  apply: (text, context) => strip(text, context, 'zwj'),
});
