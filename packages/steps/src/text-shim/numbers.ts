/**
 * Numbers in a text, read across digit systems: ASCII, full-width, and every
 * Unicode decimal digit block (Thai ๐–๙, Lao, Khmer, Myanmar, Arabic-Indic,
 * Extended Arabic-Indic, Devanagari, Bengali, Sinhala, Mongolian …), plus
 * Chinese numerals (一二三 … 十百千万亿, 两, 〇/零). Group and decimal separators
 * are dropped so `1,000`, `1.000` and `1 000` read alike, and `12 800,00` like
 * `12,800.00` (languages disagree on which mark is which; a plain or thin space
 * groups only when exactly three digits follow); Chinese 万/亿 after digits
 * also yield the scaled value.
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

const METRIC_AFTER = /[米克瓦卡焦兆赫帕]/;
const ZH_NUM_CHARS = '〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億';
/** 1 for the code units of {@link ZH_NUM_CHARS} (all in the BMP): a table read instead of a regex per character. */
const IS_ZH_NUM = new Uint8Array(0x10000);
for (const ch of ZH_NUM_CHARS) IS_ZH_NUM[ch.charCodeAt(0)] = 1;

/** 1 for the code units {@link extractNumbers} reads anything from: digits of every script (Burmese ၄ included). */
const STARTS_NUMBER = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) if (DIGIT_VALUE[u]! >= 0) STARTS_NUMBER[u] = 1;
/** {@link STARTS_NUMBER} and the Chinese numerals, when those are read too. */
const STARTS_NUMBER_OR_NUMERAL = STARTS_NUMBER.slice();
for (const ch of ZH_NUM_CHARS) STARTS_NUMBER_OR_NUMERAL[ch.charCodeAt(0)] = 1;

export interface NumberToken {
  /** Digits as written, separators removed (e.g. "55000", "35" for 3.5). */
  digits: string;
  /**
   * Significant digits: leading and trailing zeros removed, so a number
   * matches across scale words and units — 120万 / 1.2 million / 1,200,000
   * all read "12", 100亿 / 10 billion read "1".
   */
  value: string;
  /**
   * Other values the same expression may be written as on the other side: a
   * clock time in the other half of the day (7:30 = 19:30), the hour and
   * minutes of 7点半 written apart ("19 giờ 30"). They match, never orphan.
   */
  alts?: string[];
  /** Matches but need not be matched: Chinese numerals (often words on the other side), months (10月 / October). */
  weak?: boolean;
  /** Only ever matches, never counts as an orphan: a single Chinese numeral before a measure word (四个月, 三楼). */
  matchOnly?: boolean;
  /**
   * A Chinese round number with 多, 余 or 几 after it (二十多 "twenty-odd",
   * 1000余 "over a thousand"): it matches any number whose significant digits
   * start with its own (二十多 / 24), since translators often write the
   * figure the source only hints at.
   */
  approx?: boolean;
}

/**
 * A token with every field present, in one order: tokens built as object
 * literals of four shapes, with fields added later, gave the numbers filter's
 * reads of them five hidden classes and a deoptimisation each time a pair
 * brought one it had not met (bench/clean/README.md, branch `jit`).
 */
export function numberToken(digits: string, value: string, weak = false, alts: string[] | undefined = undefined, approx = false, matchOnly = false): NumberToken {
  return { digits, value, alts, weak, matchOnly, approx };
}

/** 多 余 餘 几 幾 right after a number (spaces between): "-odd", "over". */
const APPROX_AFTER = /^\s?[多余餘几幾]/;
/**
 * 数 數 几 幾 right before a Chinese numeral: 数十 "several tens", 几千 "a few
 * thousand" are no figure — unless 数 ends a noun (人数 "the number of
 * people", 总数, 分数, 次数, 岁数, 件数, 个数, 指数, 倍数), after which the figure is real.
 */
export const VAGUE_BEFORE = /(?:^|[^人总總分次岁歲件个個指倍])[数數]$|[几幾]$/;

function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x27 || c === 0x3a || c === 0xa0 || c === 0x202f || c === 0x66b || c === 0x66c || c === 0x60c || c === 0xff0c || c === 0xff0e;
}

/** A space or thin space, which groups thousands in many locales ("12 800,00") but also just separates numbers. */
function isSpaceGroup(c: number): boolean {
  return c === 0x20 || c === 0x2009 || c === 0x2007;
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && DIGIT_VALUE[text.charCodeAt(i)]! >= 0;
}

/** Exactly three digits at `i`, not followed by a fourth: a thousands group. */
function threeDigitGroupAt(text: string, i: number): boolean {
  return isDigitAt(text, i) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3);
}

/** Significant digits of a digit string. */
export function significant(digits: string): string {
  const s = digits.replace(/^0+/, '').replace(/0+$/, '');
  return s || '0';
}

/** H:MM or H.MM (hour ≤ 23, minutes < 60) is also the same time in the other half of the day (19:30 = 7.30 pm). */
function otherHalfOfDay(groups: string[], seps: number[]): string | undefined {
  if (groups.length !== 2 || (seps[0] !== 0x3a && seps[0] !== 0x2e) || groups[0]!.length > 2 || groups[1]!.length !== 2) return undefined;
  const h = Number(groups[0]), m = Number(groups[1]);
  if (h > 23 || m > 59 || h === 0 || h === 12) return undefined;
  return significant(`${h < 12 ? h + 12 : h - 12}${groups[1]}`);
}

const WEAK_AFTER = /^\s?(?:月|世纪|世紀|年代)/;
const DECADE = /(\d{1,2})\s?世[纪紀]\s?(\d)0\s?年代/g;
/** 11点20分, 7点半, 7点, 19时: the Chinese clock counts to 12, so the hour may be written +12 on the other side. */
const CLOCK = /(\d{1,2})\s?[点點时時](?:\s?(\d{1,2})\s?分|\s?(半))?/g;
const CENTURY = /(\d{1,2})\s?世[纪紀]/g;
/** Measure words after a single Chinese numeral (三楼 "third floor", 五天 "five days"); 一 is left out: 一个 is mostly "a". */
export const ZH_COUNTED = /^[二两兩三四五六七八九][楼層层个個位名次天年岁歲倍条條座家种種级級月日周号號本件辆輛只隻张張台臺所项項届屆期章节節部份分小间間场場人队隊首篇枚艘架颗顆块塊轮輪]/;
/** 第 before a single Chinese numeral makes an ordinal (第五 "fifth", 第一 "first"): a number, often written as a word on the other side. */
const ORDINAL_BEFORE = /第$/;
/** 百分之 "per hundred" (and 千分之, 万分之) before a numeral is a percentage: the 百 is no number, the numeral after 之 is (百分之二 / 2%). */
export const PERCENT_PREFIX = /^[百千万萬]分之/;
/** 1995-96, 2019–20: a year range whose second year is written by its last two digits (also read as 1996). */
const YEAR_RANGE_BEFORE = /(\d\d)(\d\d)\s?[-–—/]\s?$/;

/*
 * The one- and two-character patterns above, read as code-unit tests where a number's neighbours are
 * looked at (no slice and no match per Chinese numeral); their character classes are taken from the
 * expressions themselves, which stay the definition (the text-shim test checks the two agree).
 */
/** The character classes `[…]` of a pattern of plain characters, as tables by code unit (a negated class `[^…]`: its characters). */
function classTables(re: RegExp): Uint8Array[] {
  return [...re.source.matchAll(/\[\^?([^\]]+)\]/g)].map((m) => {
    const table = new Uint8Array(0x10000);
    for (const ch of m[1]!) table[ch.charCodeAt(0)] = 1;
    return table;
  });
}
const [IS_METRIC_AFTER] = classTables(METRIC_AFTER) as [Uint8Array];
const [IS_COUNTED_NUMERAL, IS_MEASURE_WORD] = classTables(ZH_COUNTED) as [Uint8Array, Uint8Array];
const [IS_PERCENT_SCALE] = classTables(PERCENT_PREFIX) as [Uint8Array];
const [IS_NOUN_BEFORE_SHU] = classTables(VAGUE_BEFORE) as [Uint8Array];
const ORDINAL_MARK = 0x7b2c; // 第
const FEN = 0x5206; // 分
const ZHI = 0x4e4b; // 之

/** {@link PERCENT_PREFIX} at `i`: 百分之, 千分之, 万分之. */
export function percentPrefixAt(text: string, i: number): boolean {
  return IS_PERCENT_SCALE[text.charCodeAt(i)] === 1 && codeAt(text, i + 1) === FEN && codeAt(text, i + 2) === ZHI;
}

/**
 * The code unit at `i`, 0 past the end. `charCodeAt`'s NaN there (a numeral
 * ending the text) threw away `extractNumbers`' optimised code once a site;
 * 0 is in none of the tables and equals none of the characters compared.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/** {@link ZH_COUNTED} at `i`: a numeral 二 … 九 then a measure word. */
export function countedAt(text: string, i: number): boolean {
  return IS_COUNTED_NUMERAL[text.charCodeAt(i)] === 1 && IS_MEASURE_WORD[codeAt(text, i + 1)] === 1;
}

/** {@link VAGUE_BEFORE} on the two characters before `i`: 几/幾, or 数/數 not after one of the nouns it ends (人数 …). */
export function vagueBefore(text: string, i: number): boolean {
  if (i < 1) return false;
  const c = text.charCodeAt(i - 1);
  if (c === 0x51e0 || c === 0x5e7e) return true; // 几 幾
  if (c !== 0x6570 && c !== 0x6578) return false; // 数 數
  return i === 1 || IS_NOUN_BEFORE_SHU[text.charCodeAt(i - 2)] !== 1;
}

function clockToken(hour: number, minutes: string): NumberToken {
  const mm = minutes.padStart(2, '0');
  const values = [`${hour}${mm}`, ...(hour < 12 ? [`${hour + 12}${mm}`] : []), String(hour), ...(hour < 12 ? [String(hour + 12)] : []), ...(mm !== '00' ? [mm] : [])];
  const sig = [...new Set(values.map(significant))];
  return numberToken(values[0]!, sig[0]!, false, sig.slice(1));
}

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Extracts numbers. Separators inside a number are dropped (1,000 = 1.000 =
 * 1 000 = 1000; a plain space joins only a following group of exactly three
 * digits). `chinese` also reads Chinese numeral runs of two or more
 * characters, and a single one before a measure word (三楼) — single 一 is too
 * often a word (一样, 统一) — marks numbers before 月 (months), 世纪
 * (centuries) and 年代 (decades) as weak, reads 20世纪70年代 as 1970, 19世纪 as
 * 1800, and 11点20分 / 7点半 as one clock time (also 23:20 / 19:30). A number
 * before 多, 余 or 几 is approximate (二十多, 90 多), and a Chinese numeral
 * after 数 or 几 (数十, 几千) is not read.
 */
export function extractNumbers(text: string, chinese = false): NumberToken[] {
  const out: NumberToken[] = [];
  /** Code units covered by a clock expression: its digits are read by the clock token alone. */
  let clockEnds: Map<number, number> | undefined;
  // The clock, decade and century patterns all start with an ASCII digit.
  if (chinese && hasAsciiDigit(text)) {
    // 20世纪70年代 is "the 1970s": add that reading.
    // Each pattern needs its Chinese character: 世 for decades and centuries, 点 點 时 時 for clocks.
    const century = text.includes('世');
    if (century) for (const m of text.matchAll(DECADE)) out.push(numberToken(`${Number(m[1]) - 1}${m[2]}0`, significant(`${Number(m[1]) - 1}${m[2]}`), true));
    if (text.includes('点') || text.includes('點') || text.includes('时') || text.includes('時')) for (const m of text.matchAll(CLOCK)) {
      const h = Number(m[1]);
      if (h > 24) continue;
      out.push(clockToken(h, m[3] ? '30' : (m[2] ?? '00')));
      (clockEnds ??= new Map()).set(m.index!, m.index! + m[0].length);
    }
    // 19世纪 is the 1800s.
    if (century) for (const m of text.matchAll(CENTURY)) out.push(numberToken(`${Number(m[1]) - 1}00`, significant(`${Number(m[1]) - 1}`), true));
  }
  const n = text.length;
  const starts = chinese ? STARTS_NUMBER_OR_NUMERAL : STARTS_NUMBER;
  let i = 0;
  while (i < n) {
    // Most characters start nothing below (a clock expression starts with a digit too): skipped in a tight loop.
    if (!starts[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const clockEnd = clockEnds?.get(i);
    if (clockEnd !== undefined) {
      i = clockEnd;
      continue;
    }
    const c = text.charCodeAt(i);
    const d = DIGIT_VALUE[c]!;
    // ၄င်း "it, that": Burmese writes the pronoun's ၎ with the digit four, which looks the same.
    if (c === 0x1044 && codeAt(text, i + 1) === 0x1004 && codeAt(text, i + 2) === 0x103a) {
      i++;
      continue;
    }
    if (d >= 0) {
      let digits = String(d);
      const groups = [String(d)];
      const seps: number[] = [];
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        const dj = DIGIT_VALUE[cj]!;
        if (dj >= 0) {
          digits += dj;
          groups[groups.length - 1] += String(dj);
          j++;
        } else if ((isSeparator(cj) && isDigitAt(text, j + 1)) || (isSpaceGroup(cj) && groups[groups.length - 1]!.length <= 3 && threeDigitGroupAt(text, j + 1))) {
          seps.push(cj);
          groups.push('');
          j++;
        } else break;
      }
      let alts: string[] | undefined;
      const other = otherHalfOfDay(groups, seps);
      if (other) alts = [other];
      else if (digits.length === 2 && groups.length === 1) {
        // The second year of 1995-96 is 1996.
        const range = YEAR_RANGE_BEFORE.exec(text.slice(Math.max(0, i - 8), i));
        if (range && Number(digits) > Number(range[2]) && !isDigitAt(text, i - range[0].length - 1)) alts = [significant(range[1] + digits)];
      }
      const approx = chinese && APPROX_AFTER.test(text.slice(j, j + 2));
      const weak = approx || (chinese && WEAK_AFTER.test(text.slice(j, j + 3)));
      out.push(numberToken(digits, significant(digits), weak, alts, approx));
      i = j;
      continue;
    }
    if (chinese && IS_ZH_NUM[c] === 1) {
      let j = i + 1;
      while (j < n && IS_ZH_NUM[text.charCodeAt(j)] === 1) j++;
      const run = text.slice(i, j);
      // A lone 千/百 before a unit is a metric prefix, not a number: 千米 "km", 千克 "kg", 千瓦 "kW".
      if (run.length === 1 && run in ZH_UNITS && IS_METRIC_AFTER[codeAt(text, j)] === 1) {
        i = j;
        continue;
      }
      // 百分之二十 "twenty per cent": the numeral after 之 is the figure (also a single one: 百分之二).
      if (run.length === 1 && percentPrefixAt(text, i)) {
        let k = i + 3;
        while (k < n && IS_ZH_NUM[text.charCodeAt(k)] === 1) k++;
        const v = k > i + 3 ? chineseNumeralValue(text.slice(i + 3, k)) : undefined;
        if (v !== undefined && v > 0) out.push(numberToken(String(v), significant(String(v)), true));
        i = k;
        continue;
      }
      if (vagueBefore(text, i)) {
        i = j;
        continue;
      }
      if (run.length >= 2 || run in ZH_UNITS) {
        const v = chineseNumeralValue(run);
        if (v !== undefined && v >= 10) {
          out.push(numberToken(String(v), significant(String(v)), true, undefined, APPROX_AFTER.test(text.slice(j, j + 2))));
        }
      } else if (countedAt(text, i) || (run in ZH_DIGITS && run !== '〇' && run !== '零' && i >= 1 && text.charCodeAt(i - 1) === ORDINAL_MARK)) {
        out.push(numberToken(String(ZH_DIGITS[run]), String(ZH_DIGITS[run]), true, undefined, false, true));
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
