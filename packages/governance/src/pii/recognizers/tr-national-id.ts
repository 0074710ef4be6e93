/**
 * Türkiye T.C. Kimlik No: 11 digits, the first not 0;
 * d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10, d11 = (d1+…+d10) mod 10
 * (python-stdnum `tr/tckimlik.py`).
 */
import { ID_WORDS } from '../context-words.ts';
import { patternRecognizer } from '../recognizer.ts';

export function trCheckDigits(first9: string): string {
  const d = [...first9].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((7 * odd - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${d10}${d11}`;
}

export function isValidTrNationalId(id: string): boolean {
  return /^[1-9]\d{10}$/.test(id) && trCheckDigits(id.slice(0, 9)) === id.slice(9);
}

export const trNationalIdRecognizer = patternRecognizer({
  type: 'TR_NATIONAL_ID',
  detector: 'tr-national-id',
  version: '1.0.0',
  homeLanguages: ['tr'],
  pattern: String.raw`[1-9]\d{10}`,
  context: [{ tr: ['tc kimlik', 'tc no', 't.c.', 'tc kimlik no', 'tckn', 't.c. kimlik'], en: ['turkish id', 'tc kimlik'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidTrNationalId(raw) ? 0.45 : 0),
});
