/**
 * Character n-gram features for language identification, the classic
 * Cavnar–Trenkle / CLD representation: the text is lower-cased, cut into
 * words (runs of letters and combining marks; ZWNJ and the apostrophes of
 * Uzbek oʻ/gʻ count as letters because they are orthographic signals), each
 * word padded with a space on both sides, and every substring of 1..order
 * characters taken (the lone padding space excluded).
 */

const WORD = /[\p{L}\p{M}\u200c\u02bb\u02bc'’‘]+/gu;

/**
 * Letter variants that depend on the keyboard rather than the language are
 * folded before counting: Arabic yeh ي/ى and Farsi yeh ی (Pashto texts use
 * either), Arabic kaf ك and keheh ک, and the apostrophe look-alikes of Uzbek
 * oʻ/gʻ. Otherwise a model trained on one typing habit rejects the other.
 */
const FOLD = /[\u064a\u0649\u0643\u02bc'’‘`]/g;
const FOLDED: Record<string, string> = { '\u064a': '\u06cc', '\u0649': '\u06cc', '\u0643': '\u06a9', '\u02bc': '\u02bb', "'": '\u02bb', '’': '\u02bb', '‘': '\u02bb', '`': '\u02bb' };

/** Lower-cases and folds keyboard-dependent variants (see FOLD). */
export function foldForFeatures(text: string): string {
  return text.toLowerCase().replace(FOLD, (c) => FOLDED[c]!);
}

/**
 * Weight of the n-grams of a capitalised word that does not start the text:
 * most are names (Washington, Ovechkin), which look the same in every
 * Latin-script language and would otherwise pull towards the language whose
 * spelling they resemble (usually English).
 */
export const NAME_WEIGHT = 0.2;
/** Weight of a capitalised plain-ASCII first word: often a name (Stanford, Piquet), sometimes not. */
export const INITIAL_NAME_WEIGHT = 0.5;
const ASCII_WORD = /^[a-z'’]+$/;

/**
 * Calls `visit(gram, n, weight)` for every n-gram (n = 1..order) of `text`,
 * at most `maxWords` words; `weight` is {@link NAME_WEIGHT} for n-grams of
 * capitalised plain-ASCII words ({@link INITIAL_NAME_WEIGHT} for the first
 * word) and 1 otherwise.
 */
export function forEachGram(
  text: string,
  order: number,
  visit: (gram: string, n: number, weight: number) => void,
  maxWords = 400,
): number {
  const lower = foldForFeatures(text);
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    if (++words > maxWords) break;
    const capitalised = lower.charCodeAt(m.index) !== text.charCodeAt(m.index);
    // Only plain-ASCII capitalised words look alike across languages; Üniversite or Đà Nẵng carry their language.
    const weight = capitalised && ASCII_WORD.test(m[0]) ? (words > 1 ? NAME_WEIGHT : INITIAL_NAME_WEIGHT) : 1;
    const padded = ` ${m[0]} `;
    const len = padded.length;
    for (let i = 0; i < len; i++) {
      const maxN = Math.min(order, len - i);
      for (let n = 1; n <= maxN; n++) {
        if (n === 1 && i === 0) continue; // the padding space alone says nothing
        if (n === 1 && i === len - 1) continue;
        visit(padded.slice(i, i + n), n, weight);
      }
    }
  }
  return words;
}

/** The words of `text` as {@link forEachGram} sees them, lower-cased. */
export function featureWords(text: string): string[] {
  return foldForFeatures(text).match(WORD) ?? [];
}
