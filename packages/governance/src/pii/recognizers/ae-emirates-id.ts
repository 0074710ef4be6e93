/**
 * UAE Emirates ID: 15 digits `784-YYYY-NNNNNNN-C` (784 = ISO 3166 numeric code
 * of the UAE, YYYY = birth year), Luhn over all fifteen.
 */
import { luhnValid } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { currentYear } from '../dates.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

export function isValidAeEmiratesId(id: string): boolean {
  if (!/^784\d{12}$/.test(id)) return false;
  const year = Number(id.slice(3, 7));
  return year >= 1900 && year <= currentYear() && luhnValid(id);
}

export const aeEmiratesIdRecognizer = patternRecognizer({
  type: 'AE_EMIRATES_ID',
  detector: 'ae-emirates-id',
  version: '1.0.0',
  homeLanguages: ['ar'],
  pattern: String.raw`784(?:-\d{4}-\d{7}-\d| \d{4} \d{7} \d|\d{12})`,
  context: [{ ar: ['هوية الإمارات', 'الهوية الإماراتية', 'بطاقة الهوية'], en: ['emirates id', 'eid'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidAeEmiratesId(compact(raw)) ? (raw.length > 15 ? 0.75 : 0.55) : 0),
});
