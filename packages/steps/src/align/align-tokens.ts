/**
 * Tokens for the lexical alignment model: Han characters one by one (each is
 * close to a morpheme, and no dictionary is needed), ICU dictionary words for
 * Thai, Khmer, Lao and Burmese (`Intl.Segmenter`, per line: it is slow on long
 * strings), and lower-cased words cut to their first `stem` letters for spaced
 * scripts (a crude stemmer that pools inflected forms, which matters for
 * Turkish, Swahili, Russian or Kazakh with a few thousand pairs to learn from).
 * Digits of every script are read as ASCII so numbers can anchor.
 */
import { C_DIGIT, C_LETTER, C_MARK, CLASS_OF, S_HANI, SCRIPT_OF } from '../text-shim/char-table.ts';
import { digitValue } from '../text-shim/numbers.ts';

export type TokenMode = 'han' | 'segmenter' | 'space';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

export function tokenModeFor(lang: string, wordUnit: string | undefined): TokenMode {
  if (/^(zh|yue|ja|lzh|wuu)(-|$)/.test(lang)) return 'han';
  return wordUnit === 'segmenter' ? 'segmenter' : 'space';
}

function isWordChar(c: number): boolean {
  const cls = CLASS_OF[c]!;
  return cls === C_LETTER || cls === C_MARK || cls === C_DIGIT;
}

/** Arabic proclitics (wa-, fa-, bi-, li-, ka-, al-) glued to the next word: stripped so stems meet. */
const ARABIC_CLITICS = /^(?:[وف])?(?:[بلك])?(?:ال)?/;

function pushWord(word: string, stem: number, out: string[]): void {
  if (word.charCodeAt(0) >= 0x600 && word.charCodeAt(0) <= 0x6ff) {
    const bare = word.replace(ARABIC_CLITICS, '');
    if (bare.length >= 3) word = bare;
  }
  let digits = '';
  let allDigits = true;
  for (let i = 0; i < word.length; i++) {
    const d = digitValue(word.charCodeAt(i));
    if (d < 0) {
      allDigits = false;
      break;
    }
    digits += d;
  }
  if (allDigits && digits) out.push(`#${digits}`);
  else out.push(word.length > stem ? word.slice(0, stem) : word);
}

/**
 * Tokens looked at per side: long enough for a sentence or two, bounded cost
 * per pair. 128, not 64: a Thai, Khmer, Burmese or Vietnamese side with a
 * second sentence joined ran past 64 in a quarter to a half of cases, and
 * the cut hid the very sentence that gave it away (one FLORES sentence stays
 * under 64 in 98–100 % of cases, so clean pairs cost about the same).
 */
export const MAX_TOKENS = 128;

/** Splits `text` into alignment tokens (at most {@link MAX_TOKENS}). */
export function alignTokens(text: string, mode: TokenMode, lang: string, stem = 5): string[] {
  const tokens = splitTokens(text, mode, lang, stem);
  return tokens.length > MAX_TOKENS ? tokens.slice(0, MAX_TOKENS) : tokens;
}

function splitTokens(text: string, mode: TokenMode, lang: string, stem: number): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  if (mode === 'segmenter') {
    for (const seg of segmenter(lang).segment(lower)) if (seg.isWordLike) pushWord(seg.segment, 64, out);
    return out;
  }
  let word = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (mode === 'han' && SCRIPT_OF[c] === S_HANI) {
      if (word) pushWord(word, stem, out);
      word = '';
      out.push(lower[i]!);
    } else if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) word += lower[i];
    else if (word) {
      pushWord(word, stem, out);
      word = '';
    }
  }
  if (word) pushWord(word, stem, out);
  return out;
}
