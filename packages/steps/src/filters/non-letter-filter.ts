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
import { defineStep } from '../step.ts';
import { type TextProfile, textProfile } from '../text-shim/profile.ts';
import { sideProfile } from '../pair-measures.ts';

/** Digit runs with the marks inside them (2025-04-15, 978-7-100-12346-4, 12,800.00). */
const NUMBER_RUN = /\p{Nd}+(?:[.,:'\/\-\u066B\u066C\u060C]\p{Nd}+)*/gu;

export function letterShare(text: string, p: TextProfile = textProfile(text)): number {
  let visible = p.length - p.spaces;
  if (p.digits) for (const m of text.matchAll(NUMBER_RUN)) visible -= m[0].length - 1;
  return visible ? (p.letterTotal + p.marks) / visible : 1;
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
        return score >= o.min_letter_share ? { keep: true, score } : { keep: false, reason: 'non_letter', score };
      },
    };
  },
});
