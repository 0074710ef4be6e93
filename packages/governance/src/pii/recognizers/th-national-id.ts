/**
 * Thai personal identification number (เลขประจำตัวประชาชน): 13 digits, first
 * 1–8, written `N-NNNN-NNNNN-NN-N`; check = (11 − Σ d_i·(14−i) mod 11) mod 10
 * over the first twelve digits (python-stdnum `th/pin.py`). One in ten random
 * numbers passes, so a bare number needs a context word to be reported.
 */
import { weightedSum } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

const WEIGHTS = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

export function thNationalIdCheckDigit(first12: string): string {
  return String((11 - (weightedSum(first12, WEIGHTS) % 11)) % 10);
}

export function isValidThNationalId(id: string): boolean {
  return /^[1-8]\d{12}$/.test(id) && thNationalIdCheckDigit(id.slice(0, 12)) === id[12];
}

export const thNationalIdRecognizer = patternRecognizer({
  type: 'TH_NATIONAL_ID',
  detector: 'th-national-id',
  version: '1.0.0',
  homeLanguages: ['th'],
  pattern: String.raw`[1-8](?:-\d{4}-\d{5}-\d{2}-\d| \d{4} \d{5} \d{2} \d|\d{12})`,
  context: [{ th: ['เลขบัตรประชาชน', 'บัตรประจำตัวประชาชน'], en: ['thai id', 'thai national id'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidThNationalId(compact(raw)) ? (raw.length > 13 ? 0.55 : 0.45) : 0),
});
