/**
 * Russian SNILS (СНИЛС): 11 digits `XXX-XXX-XXX YY`. S = Σ d_i·(10−i) over the
 * first nine; check = S if S < 100, 00 if S is 100 or 101, else S mod 101 with
 * 100 → 00. Defined for numbers above 001-001-998.
 */
import { weightedSum } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

export function snilsCheck(first9: string): string {
  const sum = weightedSum(first9, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const check = sum < 100 ? sum : sum <= 101 ? 0 : (sum % 101) % 100;
  return String(check).padStart(2, '0');
}

export function isValidRuSnils(id: string): boolean {
  return /^\d{11}$/.test(id) && Number(id.slice(0, 9)) > 1001998 && snilsCheck(id.slice(0, 9)) === id.slice(9);
}

export const ruSnilsRecognizer = patternRecognizer({
  type: 'RU_SNILS',
  detector: 'ru-snils',
  version: '1.0.0',
  homeLanguages: ['ru'],
  pattern: String.raw`\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{11}`,
  context: [{ ru: ['снилс', 'страховой номер', 'страховое свидетельство'], en: ['snils'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidRuSnils(compact(raw)) ? (raw.length > 11 ? 0.6 : 0.4) : 0),
});
