/**
 * Malaysian MyKad number (NRIC): 12 digits `YYMMDD-PB-###G` — birth date,
 * place-of-birth code (National Registration Department table, as packaged by
 * python-stdnum `my/bp.dat`), serial. No check digit: reported only with a
 * context word, after checking the date and the PB code.
 */
import { ID_WORDS } from '../context-words.ts';
import { isRealDate } from '../dates.ts';
import { compact } from '../normalize.ts';
import { patternRecognizer } from '../recognizer.ts';

function validPb(pb: number): boolean {
  return (pb >= 1 && pb <= 16) || (pb >= 21 && pb <= 68) || pb === 71 || pb === 72 || (pb >= 74 && pb <= 79) || (pb >= 82 && pb <= 93) || pb === 98 || pb === 99;
}

export function isPlausibleMyNric(id: string): boolean {
  if (!/^\d{12}$/.test(id) || !validPb(Number(id.slice(6, 8)))) return false;
  const yy = Number(id.slice(0, 2));
  const mm = Number(id.slice(2, 4));
  const dd = Number(id.slice(4, 6));
  return isRealDate(2000 + yy, mm, dd) || isRealDate(1900 + yy, mm, dd);
}

export const myNricRecognizer = patternRecognizer({
  type: 'MY_NRIC',
  detector: 'my-nric',
  version: '1.0.0',
  pattern: String.raw`\d{6}-\d{2}-\d{4}|\d{12}`,
  requiresContext: true,
  context: [{ ms: ['mykad', 'kad pengenalan', 'no. k/p', 'nric', 'no. ic', 'nombor ic'], en: ['mykad', 'nric', 'ic number', 'malaysian ic'], 'zh-Hans': ['马来西亚身份证', '大马身份证'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isPlausibleMyNric(compact(raw)) ? (raw.includes('-') ? 0.35 : 0.3) : 0),
});
