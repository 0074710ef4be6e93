/**
 * Kazakhstan individual identification number (ИИН / ЖСН, Gov. Decree No. 565
 * of 11 Jun 2003): YYMMDD + century/sex digit (1–6) + four digits + check.
 * Check: Σ d_i·i (i = 1..11) mod 11; if that is 10, weights 3…11,1,2; if still
 * 10 the number is invalid.
 */
import { weightedSum } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { isPlausibleBirthDate } from '../dates.ts';
import { patternRecognizer } from '../recognizer.ts';

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first eleven digits, or undefined when no digit works. */
export function kzIinCheckDigit(first11: string): string | undefined {
  let check = weightedSum(first11, FIRST) % 11;
  if (check === 10) check = weightedSum(first11, SECOND) % 11;
  return check === 10 ? undefined : String(check);
}

export function isValidKzIin(id: string): boolean {
  if (!/^\d{12}$/.test(id)) return false;
  const century = Number(id[6]);
  if (century < 1 || century > 6) return false;
  const year = 1800 + Math.floor((century - 1) / 2) * 100 + Number(id.slice(0, 2));
  if (!isPlausibleBirthDate(year, Number(id.slice(2, 4)), Number(id.slice(4, 6)))) return false;
  return kzIinCheckDigit(id.slice(0, 11)) === id[11];
}

export const kzIinRecognizer = patternRecognizer({
  type: 'KZ_IIN',
  detector: 'kz-iin',
  version: '1.0.0',
  homeLanguages: ['kk', 'ru'],
  pattern: String.raw`\d{12}`,
  context: [{ ru: ['иин', 'индивидуальный идентификационный номер'], kk: ['жсн', 'иин', 'жеке сәйкестендіру нөмірі'], en: ['iin'], 'zh-Hans': ['个人识别号'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidKzIin(raw) ? 0.5 : 0),
});
