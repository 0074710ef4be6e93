/**
 * Saudi national ID / Iqama: 10 digits, first 1 (citizen) or 2 (resident),
 * Luhn over all ten. Luhn passes one random number in ten, so a context word
 * is needed to reach the default reporting threshold.
 */
import { luhnValid } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { patternRecognizer } from '../recognizer.ts';

export function isValidSaNationalId(id: string): boolean {
  return /^[12]\d{9}$/.test(id) && luhnValid(id);
}

export const saNationalIdRecognizer = patternRecognizer({
  type: 'SA_NATIONAL_ID',
  detector: 'sa-national-id',
  version: '1.0.0',
  homeLanguages: ['ar'],
  pattern: String.raw`[12]\d{9}`,
  context: [{ ar: ['رقم الهوية', 'هوية وطنية', 'الإقامة', 'إقامة', 'السجل المدني'], en: ['iqama', 'saudi id', 'national id'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidSaNationalId(raw) ? 0.4 : 0),
});
