/**
 * China resident identity number (居民身份证号码), GB 11643-1999: 6-digit
 * administrative-division code (GB/T 2260) + YYYYMMDD + 3-digit sequence +
 * ISO 7064 MOD 11-2 check character (0–9 or X). Only the province level of the
 * division code is checked (the full GB/T 2260 table is not shipped); the
 * 15-digit first-generation numbers (no check digit) are not detected.
 */
import { mod11_2CheckChar } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { isPlausibleBirthDate } from '../dates.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

/** GB/T 2260 province-level prefixes, plus 71 (Taiwan), 81 (HK) and 82 (MO) used on residence permits. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
  61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

/** Validates an 18-character resident ID (digits and a final X). */
export function isValidCnResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  if (!isPlausibleBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return mod11_2CheckChar(id.slice(0, 17)) === id[17]!.toUpperCase();
}

export const cnResidentIdRecognizer = patternRecognizer({
  type: 'CN_RESIDENT_ID',
  detector: 'cn-resident-id',
  version: '1.0.0',
  homeLanguages: ['zh'],
  pattern: String.raw`\d{6} ?(?:18|19|20)\d{2}[01]\d[0-3]\d ?\d{3}[\dXx]`,
  context: [{ 'zh-Hans': ['居民身份证', '公民身份号码', '中国身份证', '大陆身份证'], 'zh-Hant': ['居民身份證', '大陸身份證'], en: ['resident id', 'prc id', 'chinese id'], th: ['บัตรประชาชนจีน'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidCnResidentId(compact(raw)) ? 0.7 : 0),
});
