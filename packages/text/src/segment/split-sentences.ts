/**
 * Sentence splitting for the registry's languages, per paragraph (text is
 * first cut at line breaks; nothing here is quadratic, and no
 * `Intl.Segmenter` is used, since ICU's sentence rules neither split Thai nor
 * stay fast on long strings).
 *
 * - zh/yue/ja: 。！？ (and ASCII !?), closing quotes and brackets stay with the sentence.
 * - km ។ ៕, my ။, Indic । ॥, am ። ፧ (and "፡፡", two wordspaces, as many
 *   Amharic keyboards type ።), Arabic-script ؟ ۔ and `.`: these end a
 *   sentence wherever they stand.
 * - Latin and Cyrillic `. ! ?`: only before a space and a capital, digit,
 *   quote or another script, and never after a known abbreviation, a single
 *   capital letter (initials) or between digits.
 * - th/lo have no sentence punctuation; a space between two Thai (Lao)
 *   letters is a candidate boundary, taken when the sentence so far has at
 *   least {@link MIN_SPACE_SENTENCE} characters and the next word is not a
 *   conjunction that continues the sentence (และ, หรือ, แต่ …).
 */
import { languageInfo, primaryLanguage } from '@silkloom/core';
import { ABBREVIATIONS } from './abbreviations.ts';

export interface SplitOptions {
  /** Extra abbreviations (lower-case, without the final dot). */
  abbreviations?: readonly string[];
}

/** Shortest Thai/Lao sentence (code points) before a space may end it. */
export const MIN_SPACE_SENTENCE = 25;

const CLOSERS = '"\'”’»」』）)］]】〉》';
const ALWAYS_FINAL = '。！？!?។៕။।॥።፧؟۔';
const THAI_CONTINUE = new Set(['และ', 'หรือ', 'แต่', 'ซึ่ง', 'ที่', 'โดย', 'เพราะ', 'ว่า', 'ก็', 'จึง', 'เพื่อ', 'กับ', 'ของ', 'ใน', 'จาก', 'แล้ว', 'ๆ', 'เช่น', 'คือ', 'ได้', 'จะ', 'ให้', 'ไป', 'มา', 'อยู่', 'นั้น', 'นี้']);
const LAO_CONTINUE = new Set(['ແລະ', 'ຫຼື', 'ແຕ່', 'ຊຶ່ງ', 'ທີ່', 'ໂດຍ', 'ເພາະ', 'ວ່າ', 'ກໍ່', 'ຈຶ່ງ', 'ເພື່ອ', 'ກັບ', 'ຂອງ', 'ໃນ', 'ຈາກ', 'ແລ້ວ', 'ໆ', 'ເຊັ່ນ', 'ຄື', 'ໄດ້', 'ຈະ', 'ໃຫ້']);

/** Splits `text` declared as `lang` into sentences (trimmed, empty ones dropped). */
export function splitSentences(text: string, lang: string, options: SplitOptions = {}): string[] {
  let primary: string;
  try {
    primary = primaryLanguage(languageInfo(lang)?.tag ?? lang);
  } catch {
    primary = lang.split('-')[0]!.toLowerCase();
  }
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    if (!paragraph.trim()) continue;
    const pieces = splitByPunctuation(paragraph, primary, options);
    for (const piece of pieces) {
      if (primary === 'th' || primary === 'lo') out.push(...splitAtSpaces(piece, primary === 'th' ? THAI : LAO, primary === 'th' ? THAI_CONTINUE : LAO_CONTINUE));
      else out.push(piece);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

const THAI = /[\u0e01-\u0e4e]/;
const LAO = /[\u0e81-\u0ece]/;

function splitAtSpaces(sentence: string, letter: RegExp, continuation: ReadonlySet<string>): string[] {
  const tokens = sentence.split(/ +/);
  const out: string[] = [];
  let current = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) {
    const next = tokens[i]!;
    const prevChar = current[current.length - 1] ?? '';
    const startsWord = [...continuation].some((w) => next.startsWith(w));
    if (letter.test(prevChar) && prevChar !== 'ๆ' && letter.test(next[0] ?? '') && [...current].length >= MIN_SPACE_SENTENCE && !startsWord) {
      out.push(current);
      current = next;
    } else current += ` ${next}`;
  }
  // A tail shorter than a clause is more likely the end of the previous sentence.
  if (out.length && [...current].length < 10) out[out.length - 1] += ` ${current}`;
  else out.push(current);
  return out;
}

function abbreviationsFor(primary: string, extra: readonly string[] | undefined): Set<string> {
  return new Set([...(ABBREVIATIONS[primary] ?? []), ...(primary === 'en' ? [] : ABBREVIATIONS.en!), ...(extra ?? [])]);
}

function splitByPunctuation(paragraph: string, primary: string, options: SplitOptions): string[] {
  const abbreviations = abbreviationsFor(primary, options.abbreviations);
  const out: string[] = [];
  let start = 0;
  const n = paragraph.length;
  for (let i = 0; i < n; i++) {
    const c = paragraph[i]!;
    const always = ALWAYS_FINAL.includes(c) || isDoubleWordspace(paragraph, i);
    if (!always && c !== '.' && c !== '．') continue;
    // Runs of terminal marks (?!, 。」, ፡፡) and closing quotes belong to the sentence.
    let end = i + 1;
    while (end < n && (ALWAYS_FINAL.includes(paragraph[end]!) || paragraph[end] === '.' || paragraph[end] === '፡' || CLOSERS.includes(paragraph[end]!))) end++;
    // “好的！”他说。 — a quoted exclamation followed at once by more text continues the sentence.
    if ('！？!?'.includes(c) && CLOSERS.includes(paragraph[end - 1]!) && end < n && /[\p{L}\p{N}]/u.test(paragraph[end]!)) {
      i = end - 1;
      continue;
    }
    if (!always || c === '!' || c === '?') {
      if (!endsLatinSentence(paragraph, i, end, abbreviations)) {
        i = end - 1;
        continue;
      }
    }
    out.push(paragraph.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < n) out.push(paragraph.slice(start));
  return out;
}

/** Two Ethiopic wordspaces "፡፡" at `i`: the full stop ። as many Amharic keyboards type it (one ፡ only separates words). */
function isDoubleWordspace(text: string, i: number): boolean {
  return text[i] === '፡' && text[i + 1] === '፡';
}

/** For `.` (and ASCII !? in space-delimited text): is the mark at `i`, ending at `end`, a sentence end? */
function endsLatinSentence(text: string, i: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  if (end >= text.length) return true;
  const after = text.slice(end, end + 3);
  // CJK text needs no space after its marks; anything else does.
  if (!/^\s/.test(after)) return /[\u3000-\u9fff]/.test(text[i - 1] ?? '') && text[i] !== '.';
  const next = text.slice(end).trimStart()[0] ?? '';
  if (text[i] !== '.') return !/\p{Ll}/u.test(next);
  if (/\d/.test(text[i - 1] ?? '') && /\d/.test(next)) return false;
  if (/\p{Ll}/u.test(next)) return false;
  const wordMatch = /([\p{L}\p{M}.]+)$/u.exec(text.slice(Math.max(0, i - 20), i));
  const word = wordMatch?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: J. K. Rowling
  if (abbreviations.has(word.toLowerCase())) return false;
  return true;
}
