/**
 * Singapore NRIC/FIN: prefix S/T (citizens/PRs born before/from 2000), F/G
 * (foreigners), M (FINs from 2022), seven digits and a check letter. Weights
 * 2,7,6,5,4,3,2; add 4 for T/G and 3 for M; r = S mod 11 indexes the table of
 * the prefix family. The M table is background knowledge in the research note
 * (not verified), so M numbers score lower.
 */
import { weightedSum } from '../checksums.ts';
import { ID_WORDS } from '../context-words.ts';
import { patternRecognizer } from '../recognizer.ts';

const TABLES: Record<string, string> = { S: 'JZIHGFEDCBA', T: 'JZIHGFEDCBA', F: 'XWUTRQPNMLK', G: 'XWUTRQPNMLK', M: 'KLJNPQRTUWX' };
const OFFSET: Record<string, number> = { S: 0, F: 0, T: 4, G: 4, M: 3 };

export function sgNricCheckLetter(prefix: string, digits: string): string {
  const r = (weightedSum(digits, [2, 7, 6, 5, 4, 3, 2]) + OFFSET[prefix]!) % 11;
  return TABLES[prefix]![r]!;
}

export function isValidSgNric(id: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(id.toUpperCase());
  return Boolean(m && sgNricCheckLetter(m[1]!, m[2]!) === m[3]);
}

export const sgNricRecognizer = patternRecognizer({
  type: 'SG_NRIC',
  detector: 'sg-nric',
  version: '1.0.0',
  homeLanguages: ['en', 'ms', 'zh', 'ta'],
  pattern: String.raw`[STFGM]\d{7}[A-Z]`,
  context: [{ en: ['nric', 'fin', 'ic no', 'singapore ic'], ms: ['nric'], 'zh-Hans': ['新加坡身份证', '准证'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isValidSgNric(raw) ? (raw[0] === 'M' ? 0.45 : 0.7) : 0),
});
