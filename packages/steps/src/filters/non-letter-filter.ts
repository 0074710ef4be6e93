/**
 * `non_letter`: a side made mostly of digits, symbols and punctuation (tables,
 * price lists, ASCII art). Share of letters (with their combining marks) among
 * visible characters; OpusFilter AlphabetRatioFilter keeps ≥ 0.75 counting
 * spaces, hardrules wants > 10 % letters — the default sits between, and
 * counts marks as letters so Indic and Southeast Asian scripts are not
 * penalised. A number (with its separators: an order number, an IBAN, an
 * ISBN, a date) counts as one visible character, like a word would, so a
 * sentence that carries an identifier is not a table. Score: the lower side's
 * letter share (clean = high).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { type TextProfile, textProfile } from '../text-shim/profile.ts';
import { C_DIGIT, CLASS_OF } from '../text-shim/char-table.ts';
import { sideProfile } from '../pair-measures.ts';

/** Digit runs with the marks inside them (2025-04-15, 978-7-100-12346-4, 12,800.00). */
export const NUMBER_RUN = /\p{Nd}+(?:[.,:'\/\-\u066B\u066C\u060C]\p{Nd}+)*/gu;

export function letterShare(text: string, p: TextProfile = textProfile(text)): number {
  let visible = p.length - p.spaces;
  if (p.digits) visible -= numberRunExcess(text);
  return visible ? (p.letterTotal + p.marks) / visible : 1;
}

/** Σ (code units − 1) over the matches of {@link NUMBER_RUN} in `text`: what the regular expression gave, scanned without making a match per number. */
export function numberRunExcess(text: string): number {
  const n = text.length;
  let excess = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Most characters: in the BMP and no digit.
    if ((c < 0xd800 || c > 0xdbff) && CLASS_OF[c] !== C_DIGIT) {
      i++;
      continue;
    }
    const width = digitWidthAt(text, i);
    if (!width) {
      // Not a digit: the expression (u flag) moves on by a code point.
      i += isPairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    i = digitsEnd(text, i + width);
    // Greedy: a separator joins only when a digit follows it.
    while (i < n && NUMBER_SEPARATOR[text.charCodeAt(i)] && digitWidthAt(text, i + 1)) i = digitsEnd(text, i + 1);
    excess += i - start - 1;
  }
  return excess;
}

/** 1 for the separators NUMBER_RUN allows between digit runs. */
const NUMBER_SEPARATOR = new Uint8Array(0x10000);
for (const ch of ".,:'/-\u066B\u066C\u060C") NUMBER_SEPARATOR[ch.charCodeAt(0)] = 1;
const ASTRAL_DIGIT = /^\p{Nd}$/u;

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** Code units of the \p{Nd} code point at `i` (1, or 2 for a supplementary digit), 0 when none is there. */
function digitWidthAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (isPairAt(text, i)) return ASTRAL_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return CLASS_OF[c] === C_DIGIT ? 1 : 0;
}

/** The end of the run of digits from `i`. */
function digitsEnd(text: string, i: number): number {
  for (let width = digitWidthAt(text, i); width; width = digitWidthAt(text, i)) i += width;
  return i;
}

export const nonLetterFilter = defineStep({
  name: 'non_letter',
  version: '1.1.0',
  kind: 'filter',
  description: 'Drops pairs with a side whose letters are under min_letter_share of its visible characters.',
  options: {
    min_letter_share: { type: 'number', default: 0.4, min: 0, max: 1, description: 'Lowest share of letters among visible characters.' },
  },
  create(o) {
    return {
      kind: 'filter',
      check(pair) {
        const score = Math.min(letterShare(pair.src, sideProfile(pair, 'src')), letterShare(pair.tgt, sideProfile(pair, 'tgt')));
        return score >= o.min_letter_share ? kept(score) : dropped('non_letter', score);
      },
    };
  },
});
