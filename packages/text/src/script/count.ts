/**
 * Length in the unit a language is read in: grapheme clusters (what a reader
 * sees as one character — a Devanagari conjunct or a Khmer stacked consonant
 * is one, though several code points), and words found either by spaces or,
 * for scripts written without them (th, km, lo, my, zh, ja), by ICU's
 * dictionary segmentation through `Intl.Segmenter`.
 *
 * `Intl.Segmenter` is pathologically slow on very long strings (a 2M-char
 * string did not finish in 10 minutes, stack-on-node20.md §3), so text is
 * segmented per line and lines are cut into chunks of at most
 * {@link SEGMENT_CHUNK} code units at a space or punctuation mark.
 */
import { languageInfo, type WordUnit } from '@silkloom/core';

/** Longest piece handed to Intl.Segmenter at once. */
export const SEGMENT_CHUNK = 2000;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Splits text into pieces Intl.Segmenter handles quickly: lines, then chunks cut at a space or punctuation. */
export function* segmentablePieces(text: string, max = SEGMENT_CHUNK): Generator<string> {
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > max) {
      let cut = -1;
      for (let i = max; i > max / 2; i--) {
        const c = rest.charCodeAt(i);
        if (c === 0x20 || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0x2e || c === 0x104b || c === 0x17d4) {
          cut = i + 1;
          break;
        }
      }
      if (cut < 0) {
        cut = max;
        const c = rest.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
      }
      yield rest.slice(0, cut);
      rest = rest.slice(cut);
    }
    if (rest) yield rest;
  }
}

// Code points that never join a grapheme cluster with their neighbours except CR LF.
const SIMPLE = /^[\x20-\x7e\t\n]*$/;

/** Grapheme clusters (UAX #29 extended) in `text`. */
export function countGraphemes(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const piece of segmentablePieces(text)) {
    for (const _ of graphemeSegmenter.segment(piece)) n++;
  }
  return n + (text.split('\n').length - 1);
}

const SPACE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;

function wordSegmenter(locale: string): Intl.Segmenter {
  let s = wordSegmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    wordSegmenters.set(locale, s);
  }
  return s;
}

/** The word unit for a tag from the language registry (`space` for unknown languages). */
export function wordUnitOf(lang: string | undefined): WordUnit {
  if (!lang) return 'space';
  try {
    return languageInfo(lang)?.wordUnit ?? 'space';
  } catch {
    return 'space';
  }
}

/**
 * Words in `text` for language `lang`: runs of letters/digits between spaces
 * for space-delimited languages; ICU dictionary words (`isWordLike`) per line
 * for th/km/lo/my/zh/yue.
 */
export function countWords(text: string, lang?: string): number {
  if (wordUnitOf(lang) === 'space') return text.match(SPACE_WORD)?.length ?? 0;
  const segmenter = wordSegmenter(lang!);
  let n = 0;
  for (const piece of segmentablePieces(text)) {
    for (const s of segmenter.segment(piece)) if (s.isWordLike) n++;
  }
  return n;
}

/** The words themselves (same rules as {@link countWords}). */
export function words(text: string, lang?: string): string[] {
  if (wordUnitOf(lang) === 'space') return text.match(SPACE_WORD) ?? [];
  const segmenter = wordSegmenter(lang!);
  const out: string[] = [];
  for (const piece of segmentablePieces(text)) {
    for (const s of segmenter.segment(piece)) if (s.isWordLike) out.push(s.segment);
  }
  return out;
}
