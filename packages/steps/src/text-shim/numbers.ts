/**
 * Numbers in a text, read across digit systems: ASCII, full-width, and every
 * Unicode decimal digit block (Thai ๐–๙, Lao, Khmer, Myanmar, Arabic-Indic,
 * Extended Arabic-Indic, Devanagari, Bengali, Sinhala, Mongolian …), plus
 * Chinese numerals (一二三 … 十百千万亿, 两, 〇/零). Group and decimal separators
 * are dropped so `1,000`, `1.000` and `1 000` read alike (languages disagree on
 * which mark is which); Chinese 万/亿 after digits also yield the scaled value.
 */
import { C_DIGIT, CLASS_OF } from './char-table.ts';

/** Decimal value 0–9 of every BMP Nd code point, -1 elsewhere. */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
(() => {
  let run = 0;
  for (let cp = 0; cp < 0x10000; cp++) {
    if (CLASS_OF[cp] === C_DIGIT) {
      DIGIT_VALUE[cp] = run % 10;
      run++;
    } else run = 0;
  }
})();

export function digitValue(cp: number): number {
  return cp < 0x10000 ? DIGIT_VALUE[cp]! : -1;
}

const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Value of a run of Chinese numerals (一千二百三十四 → 1234, 二〇二三 → 2023). */
export function chineseNumeralValue(run: string): number | undefined {
  let hasUnit = false;
  for (const ch of run) if (ch in ZH_UNITS || ch in ZH_BIG) hasUnit = true;
  if (!hasUnit) {
    // Digit-by-digit form (二〇二三).
    let v = 0;
    for (const ch of run) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0, section = 0, digit = -1;
  for (const ch of run) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch]!;
    else if (ch in ZH_UNITS) {
      section += (digit < 0 ? 1 : digit) * ZH_UNITS[ch]!;
      digit = -1;
    } else if (ch in ZH_BIG) {
      total += (section + (digit < 0 ? 0 : digit)) * ZH_BIG[ch]!;
      section = 0;
      digit = -1;
    } else return undefined;
  }
  return total + section + (digit < 0 ? 0 : digit);
}

const ZH_NUM_CHAR = /[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億]/;

export interface NumberToken {
  /** Digits as written, separators removed (e.g. "55000", "35" for 3.5). */
  digits: string;
  /**
   * Significant digits: leading and trailing zeros removed, so a number
   * matches across scale words and units — 120万 / 1.2 million / 1,200,000
   * all read "12", 100亿 / 10 billion read "1".
   */
  value: string;
  /** Matches but need not be matched: Chinese numerals (often words on the other side), months (10月 / October). */
  weak?: boolean;
}

function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x27 || c === 0x3a || c === 0xa0 || c === 0x202f || c === 0x66b || c === 0x66c || c === 0x60c || c === 0xff0c || c === 0xff0e;
}

/** Significant digits of a digit string. */
export function significant(digits: string): string {
  const s = digits.replace(/^0+/, '').replace(/0+$/, '');
  return s || '0';
}

const WEAK_AFTER = /^\s?(?:月|世纪|世紀|年代)/;
const DECADE = /(\d{1,2})\s?世[纪紀]\s?(\d)0\s?年代/g;
const CLOCK = /(\d{1,2})\s?[点點時时]\s?(\d{1,2})\s?分/g;
const CENTURY = /(\d{1,2})\s?世[纪紀]/g;

/**
 * Extracts numbers. `chinese` also reads Chinese numeral runs of two or more
 * characters (single 一 is too often a word: 一样, 统一), marks numbers
 * before 月 (months), 世纪 (centuries) and 年代 (decades) as weak, and reads
 * 20世纪70年代 as 1970, 19世纪 as 1800 and 11点20分 as 11:20 or 23:20 too. `:` joins digits like `,` and `.` (9:30 = 9.30).
 */
export function extractNumbers(text: string, chinese = false): NumberToken[] {
  const out: NumberToken[] = [];
  // 20世纪70年代 is "the 1970s": add that reading.
  if (chinese) {
    for (const m of text.matchAll(DECADE)) out.push({ digits: `${Number(m[1]) - 1}${m[2]}0`, value: significant(`${Number(m[1]) - 1}${m[2]}`), weak: true });
    // 11点20分 is 11:20, or 23:20 in the evening (Chinese clocks count to 12).
    for (const m of text.matchAll(CLOCK)) {
      const h = Number(m[1]);
      for (const hour of h < 12 ? [h, h + 12] : [h]) out.push({ digits: `${hour}${m[2]!.padStart(2, '0')}`, value: significant(`${hour}${m[2]!.padStart(2, '0')}`), weak: true });
    }
    // 19世纪 is the 1800s.
    for (const m of text.matchAll(CENTURY)) out.push({ digits: `${Number(m[1]) - 1}00`, value: significant(`${Number(m[1]) - 1}`), weak: true });
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const d = DIGIT_VALUE[c]!;
    if (d >= 0) {
      let digits = String(d);
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        const dj = DIGIT_VALUE[cj]!;
        if (dj >= 0) {
          digits += dj;
          j++;
        } else if (isSeparator(cj) && j + 1 < n && DIGIT_VALUE[text.charCodeAt(j + 1)]! >= 0) {
          j++;
        } else break;
      }
      const token: NumberToken = { digits, value: significant(digits) };
      if (chinese && WEAK_AFTER.test(text.slice(j, j + 3))) token.weak = true;
      out.push(token);
      i = j;
      continue;
    }
    if (chinese && ZH_NUM_CHAR.test(text[i]!)) {
      let j = i + 1;
      while (j < n && ZH_NUM_CHAR.test(text[j]!)) j++;
      const run = text.slice(i, j);
      if (run.length >= 2 || run in ZH_UNITS) {
        const v = chineseNumeralValue(run);
        if (v !== undefined && v >= 10) out.push({ digits: String(v), value: significant(String(v)), weak: true });
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
