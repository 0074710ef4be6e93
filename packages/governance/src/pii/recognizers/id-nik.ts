/**
 * Indonesian NIK (Nomor Induk Kependudukan): 16 digits `PPRRSS DDMMYY XXXX` —
 * province, regency, district, birth date (day + 40 for women), serial. No
 * check digit, so it is reported only with a context word (NIK, KTP …), after
 * checking the province code and the date.
 */
import { ID_WORDS } from '../context-words.ts';
import { isRealDate } from '../dates.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

/** Province codes (Kemendagri), including the four Papuan provinces created in 2022. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96]);

export function isPlausibleNik(id: string): boolean {
  if (!/^\d{16}$/.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  if (id.slice(2, 4) === '00' || id.slice(12) === '0000') return false;
  let day = Number(id.slice(6, 8));
  if (day > 40) day -= 40;
  // Two-digit year: any century works for the calendar check except 29 Feb, tried on a leap year.
  const yy = Number(id.slice(10, 12));
  return isRealDate(2000 + yy, Number(id.slice(8, 10)), day) || isRealDate(1900 + yy, Number(id.slice(8, 10)), day);
}

export const idNikRecognizer = patternRecognizer({
  type: 'ID_NIK',
  detector: 'id-nik',
  version: '1.0.0',
  pattern: String.raw`\d{6}[ .]?\d{6}[ .]?\d{4}`,
  requiresContext: true,
  context: [{ id: ['nik', 'ktp', 'e-ktp', 'nomor induk kependudukan', 'kartu tanda penduduk'], ms: ['nik'], en: ['nik', 'indonesian id', 'ktp'], 'zh-Hans': ['印尼身份证', 'nik'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isPlausibleNik(compact(raw)) ? 0.3 : 0),
});
