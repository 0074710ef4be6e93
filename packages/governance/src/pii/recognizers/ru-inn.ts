/**
 * Russian taxpayer number (ИНН): 10 digits (organisation) or 12 (person).
 * Organisation: weights 2,4,10,3,5,9,4,6,8 → mod 11 mod 10. Person: d11 with
 * 7,2,4,10,3,5,9,4,6,8 and d12 with 3,7,2,4,10,3,5,9,4,6,8, each mod 11 mod 10
 * (python-stdnum `ru/inn.py`). An organisation's INN is not personal data,
 * but is reported as RU_INN all the same so a curator can see it.
 */
import { weightedSum } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { patternRecognizer } from '../recognizer.ts';

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

export function innCheckDigits(body: string): string {
  if (body.length === 9) return String((weightedSum(body, W10) % 11) % 10);
  const d11 = String((weightedSum(body, W11) % 11) % 10);
  const d12 = String((weightedSum(body + d11, W12) % 11) % 10);
  return d11 + d12;
}

export function isValidRuInn(id: string): boolean {
  if (id.length === 10) return /^\d{10}$/.test(id) && innCheckDigits(id.slice(0, 9)) === id[9];
  return /^\d{12}$/.test(id) && innCheckDigits(id.slice(0, 10)) === id.slice(10);
}

export const ruInnRecognizer = patternRecognizer({
  type: 'RU_INN',
  detector: 'ru-inn',
  version: '1.0.0',
  homeLanguages: ['ru'],
  pattern: String.raw`\d{12}|\d{10}`,
  context: [{ ru: ['инн', 'идентификационный номер налогоплательщика', 'налогоплательщик'], en: ['inn', 'taxpayer'], kk: ['инн', 'сснж'] }],
  validate: (raw) => (isValidRuInn(raw) ? 0.4 : 0),
});
