/**
 * Payment card numbers (ISO/IEC 7812): 12–19 digits, written plain or in
 * groups of four (Amex 4-6-5) with one kind of separator; the issuer prefix
 * (IIN) must be a known scheme with a length it issues, and the Luhn check
 * must pass. Some legacy UnionPay numbers are said not to be Luhn-valid (not
 * verified); they are not detected.
 */
import { luhnValid } from '../checksums.ts';
import { CARD_WORDS } from '../context-words.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

interface Scheme {
  name: string;
  prefix: (d: string) => boolean;
  lengths: readonly number[];
}

const between = (d: string, digits: number, lo: number, hi: number) => {
  const v = Number(d.slice(0, digits));
  return v >= lo && v <= hi;
};

/** IIN ranges of the schemes seen in the partner countries (public scheme rules). */
const SCHEMES: readonly Scheme[] = [
  { name: 'visa', prefix: (d) => d[0] === '4', lengths: [13, 16, 19] },
  { name: 'mastercard', prefix: (d) => between(d, 2, 51, 55) || between(d, 4, 2221, 2720), lengths: [16] },
  { name: 'amex', prefix: (d) => d.startsWith('34') || d.startsWith('37'), lengths: [15] },
  { name: 'unionpay', prefix: (d) => d.startsWith('62') || d.startsWith('81'), lengths: [16, 17, 18, 19] },
  { name: 'jcb', prefix: (d) => between(d, 4, 3528, 3589), lengths: [16, 17, 18, 19] },
  { name: 'discover', prefix: (d) => d.startsWith('6011') || between(d, 3, 644, 649) || d.startsWith('65'), lengths: [16, 17, 18, 19] },
  { name: 'diners', prefix: (d) => between(d, 3, 300, 305) || d.startsWith('36') || d.startsWith('38') || d.startsWith('39'), lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'mir', prefix: (d) => between(d, 4, 2200, 2204), lengths: [16, 17, 18, 19] },
  { name: 'maestro', prefix: (d) => d.startsWith('50') || between(d, 2, 56, 58) || d.startsWith('639') || d.startsWith('67'), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'verve', prefix: (d) => between(d, 6, 506099, 506198) || between(d, 6, 650002, 650027), lengths: [16, 18, 19] },
  { name: 'troy', prefix: (d) => d.startsWith('9792'), lengths: [16] },
];

/** The scheme name for a Luhn-valid card number of a length the scheme issues, else undefined. */
export function cardScheme(digits: string): string | undefined {
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) return undefined;
  return SCHEMES.find((s) => s.prefix(digits) && s.lengths.includes(digits.length))?.name;
}

function groupedWell(raw: string): boolean {
  const seps = raw.match(/[ -]/g);
  if (!seps) return true;
  if (new Set(seps).size > 1) return false;
  const groups = raw.split(/[ -]/).map((g) => g.length);
  const amex = groups.join(',') === '4,6,5';
  const fours = groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1]! <= 4;
  return amex || fours;
}

export const creditCardRecognizer = patternRecognizer({
  type: 'CREDIT_CARD',
  detector: 'credit-card',
  version: '1.0.0',
  pattern: String.raw`\d{4}(?:[ -]?\d{2,6}){2,4}|\d{12,19}`,
  family: 'card',
  context: [CARD_WORDS],
  validate(raw) {
    if (!groupedWell(raw) || !cardScheme(compact(raw))) return 0;
    return /[ -]/.test(raw) ? 0.55 : 0.45;
  },
});
