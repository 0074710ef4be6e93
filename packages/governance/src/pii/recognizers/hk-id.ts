/**
 * Hong Kong identity card number (HKID): one or two letters, six digits and a
 * check character (0–9 or A), usually written `A123456(3)`. Letters count
 * A=10 … Z=35 and a single-letter prefix is padded with a space worth 36;
 * weights 9…2 over the eight positions; check = 11 − (S mod 11), 10 → A, 11 → 0.
 */
import { ID_WORDS } from '../context-words.ts';
import { patternRecognizer } from '../recognizer.ts';

/** The check character for a prefix of one or two letters and six digits. */
export function hkIdCheckChar(letters: string, digits: string): string {
  const values = (letters.length === 1 ? [36] : []).concat([...letters.toUpperCase()].map((c) => c.charCodeAt(0) - 55));
  const all = values.concat([...digits].map(Number));
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += all[i]! * (9 - i);
  const check = 11 - (sum % 11);
  return check === 11 ? '0' : check === 10 ? 'A' : String(check);
}

export function isValidHkId(id: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(id.replace(/\s/g, '').toUpperCase());
  return Boolean(m && hkIdCheckChar(m[1]!, m[2]!) === m[3]);
}

export const hkIdRecognizer = patternRecognizer({
  type: 'HK_ID',
  detector: 'hk-id',
  version: '1.0.0',
  homeLanguages: ['zh', 'yue'],
  pattern: String.raw`[A-Z]{1,2}\d{6} ?(?:\( ?[0-9A] ?\)|[0-9A])`,
  context: [{ en: ['hkid', 'hong kong identity card', 'hong kong id'], 'zh-Hant': ['香港身份證'], 'zh-Hans': ['香港身份证'], 'yue-Hant': ['身份證號碼'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidHkId(raw) ? (raw.includes('(') ? 0.7 : 0.45) : 0),
});
