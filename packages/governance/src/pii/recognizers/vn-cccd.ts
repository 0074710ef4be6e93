/**
 * Vietnamese citizen identity card number (CCCD, Circular 07/2016/TT-BCA):
 * 12 digits — 3-digit province/country code, a century-and-sex digit (0/1 =
 * 1900s, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s), two digits of the
 * birth year and six random digits. No check digit: context word required.
 */
import { ID_WORDS } from '../context-words.ts';
import { currentYear } from '../dates.ts';
import { patternRecognizer } from '../recognizer.ts';

/** Province codes 001–096 in use (63 provinces before the 2025 mergers kept their codes). */
const PROVINCES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45,
  46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92,
  93, 94, 95, 96,
]);
const CENTURY = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800];

export function isPlausibleVnCccd(id: string): boolean {
  if (!/^\d{12}$/.test(id) || !PROVINCES.has(Number(id.slice(0, 3)))) return false;
  const year = CENTURY[Number(id[3])]! + Number(id.slice(4, 6));
  return year >= 1900 && year <= currentYear();
}

export const vnCccdRecognizer = patternRecognizer({
  type: 'VN_CCCD',
  detector: 'vn-cccd',
  version: '1.0.0',
  pattern: String.raw`\d{12}`,
  requiresContext: true,
  context: [{ vi: ['cccd', 'căn cước', 'căn cước công dân', 'số định danh cá nhân', 'số định danh'], en: ['cccd', 'vietnamese id'], 'zh-Hans': ['越南身份证', '公民身份证'] }],
  genericContext: [ID_WORDS],
  validate: (raw) => (isPlausibleVnCccd(raw) ? 0.3 : 0),
});
