/**
 * The words of a text as the n-gram model sees them (the definition is
 * `forEachGram` in ngram-features.ts: lower-cased, keyboard variants folded,
 * runs of letters, marks, ZWNJ and Uzbek apostrophes), found in one pass
 * over UTF-16 code units with table look-ups and handed to a sink as a
 * reused buffer — no string, array or closure per word or per n-gram.
 * Code units, not code points, because the model's n-grams are slices of
 * code units (a supplementary character is two positions, as in training).
 */
import { BMP_CLASS, C_LETTER, C_MARK, charClassOf } from '../script/code-point-tables.ts';
import { INITIAL_NAME_WEIGHT, NAME_WEIGHT } from './ngram-features.ts';

/**
 * Receives each word: `units[1..length]` are its folded code units, padded
 * with a space on both sides (`units[0]`, `units[length + 1]`) as the
 * n-grams are; `index` counts words from 0. The buffer is reused.
 */
export interface WordSink {
  word(units: Uint16Array, length: number, weight: number, index: number): void;
}

/** Folded code unit of each lower-cased BMP code unit (the FOLD table of ngram-features.ts). */
const FOLD = new Uint16Array(0x10000);
for (let u = 0; u < 0x10000; u++) FOLD[u] = u;
for (const u of [0x064a, 0x0649]) FOLD[u] = 0x06cc;
FOLD[0x0643] = 0x06a9;
for (const u of [0x02bc, 0x27, 0x2019, 0x2018, 0x60]) FOLD[u] = 0x02bb;

/** 1 for folded units that belong to a word: letters, marks, ZWNJ, ʻ ʼ ' ’ ‘ (surrogates are decided per pair). */
const WORD_UNIT = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) WORD_UNIT[u] = BMP_CLASS[u] === C_LETTER || BMP_CLASS[u] === C_MARK ? 1 : 0;
for (const u of [0x200c, 0x02bb, 0x02bc, 0x27, 0x2019, 0x2018]) WORD_UNIT[u] = 1;

/** Longest word kept whole (code units; identification looks at 4,000 at most); longer runs are cut. */
const MAX_WORD = 4096;
const buffer = new Uint16Array(MAX_WORD + 2);
buffer[0] = 0x20;

/** True when the surrogate pair at `i` of `s` is a letter or mark. */
function letterPairAt(s: string, i: number): boolean {
  const lo = s.charCodeAt(i + 1);
  if ((lo & 0xfc00) !== 0xdc00) return false;
  const cls = charClassOf(((s.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  return cls === C_LETTER || cls === C_MARK;
}

/**
 * Calls `sink.word` for each of the first `maxWords` words of `text` with
 * its folded code units and its weight: {@link NAME_WEIGHT} for a
 * capitalised plain a–z word after the first, {@link INITIAL_NAME_WEIGHT}
 * for the first, 1 otherwise. Returns the number of words seen.
 */
export function scanWords(text: string, maxWords: number, sink: WordSink): number {
  const lower = text.toLowerCase();
  return scanWordsIn(text, lower, 0, lower.length, 0, maxWords, sink);
}

/**
 * {@link scanWords} over `lower[from, to)` (`lower` = `text` lower-cased, of
 * the same length), numbering words from `words`; returns the count so far.
 * Scanning `[0, cut)` then `[cut, end)` finds the words one scan of
 * `[0, end)` finds when `text[cut]` is not in a word (a space), and the
 * first part finds those of `text.slice(0, cut)` — what lets identification
 * read a prefix first and the rest only when needed.
 */
export function scanWordsIn(text: string, lower: string, from: number, to: number, words: number, maxWords: number, sink: WordSink): number {
  const n = to;
  let i = from;
  while (i < n) {
    let u = lower.charCodeAt(i);
    if ((u & 0xfc00) === 0xd800 ? !letterPairAt(lower, i) : !WORD_UNIT[FOLD[u]!]) {
      i++;
      continue;
    }
    if (words >= maxWords) break;
    const start = i;
    let length = 0;
    let plain = true;
    while (i < n) {
      u = lower.charCodeAt(i);
      if ((u & 0xfc00) === 0xd800) {
        if (!letterPairAt(lower, i)) break;
        if (length + 1 < MAX_WORD) {
          buffer[++length] = u;
          buffer[++length] = lower.charCodeAt(i + 1);
        }
        plain = false;
        i += 2;
        continue;
      }
      const f = FOLD[u]!;
      if (!WORD_UNIT[f]) break;
      if (length < MAX_WORD) buffer[++length] = f;
      if (f < 0x61 || f > 0x7a) plain = false;
      i++;
    }
    // Capitalised = the folded text differs from the original at the word's start (as forEachGram decides it).
    const capitalised = buffer[1] !== text.charCodeAt(start);
    buffer[length + 1] = 0x20;
    const weight = capitalised && plain ? (words > 0 ? NAME_WEIGHT : INITIAL_NAME_WEIGHT) : 1;
    sink.word(buffer, length, weight, words);
    words++;
  }
  return words;
}
