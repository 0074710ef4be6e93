/**
 * Normalised text keys for duplicate checks between release splits: NFKC
 * (full-width forms folded), lower case, digits of every script read as ASCII
 * (Unicode `Nd` values), then only letters, marks and digits kept. Two segments
 * that differ only in case, spacing, punctuation, width or digit script share a
 * key, so they count as the same sentence and cannot sit in two splits.
 */

const KEEP = /[\p{L}\p{M}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;

/** Value 0–9 of a decimal digit of any script: the Nd blocks are runs of ten starting at a code point ≡ 0 mod 16, or ASCII. */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return ch;
  // Every Unicode Nd run starts at a code point whose value 0 is found by
  // scanning back while the previous character is still Nd (at most 9 steps).
  let zero = cp;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1)) && cp - zero < 9) zero--;
  return String(cp - zero);
}

export function textKey(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (DIGIT.test(ch)) out += digitValue(ch);
    else if (KEEP.test(ch)) out += ch;
  }
  return out;
}
