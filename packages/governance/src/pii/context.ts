/**
 * Context scoring over raw text, after Presidio's LemmaContextAwareEnhancer
 * (score + 0.35, at least 0.4) but on substrings instead of lemmas, so it
 * works for Chinese, Thai, Khmer, Lao and Burmese, which have no spaces
 * (Presidio issue #2216 measured lemma matching at 44% on Korean).
 * Latin and Cyrillic words must begin at a word boundary ("nik" must not
 * fire inside "unik"), and words of up to four letters must also end at one.
 */
import type { WordsByLang } from './types.ts';

/** How far before the match a context word may stand (UTF-16 units). */
export const WINDOW_BEFORE = 48;
/** How far after the match a context word may stand. */
export const WINDOW_AFTER = 24;
/** A word after the match counts as this much farther away (Presidio looks only before). */
export const AFTER_PENALTY = 10;
/** Presidio's defaults: context_similarity_factor and min_score_with_context_similarity. */
export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;

export interface Word {
  text: string;
  startBoundary: boolean;
  endBoundary: boolean;
}

const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** Lower-cases code unit by code unit, keeping the length (İ → i, not i̇). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Flattens per-language word lists into one matcher list (all languages: text may mix them). */
export function compileWords(lists: readonly WordsByLang[]): Word[] {
  const seen = new Set<string>();
  const words: Word[] = [];
  for (const list of lists) {
    for (const entries of Object.values(list)) {
      for (const raw of entries) {
        const text = lowerSameLength(raw);
        if (seen.has(text)) continue;
        seen.add(text);
        const first = text[0] ?? '';
        const last = text[text.length - 1] ?? '';
        words.push({
          text,
          startBoundary: SPACED_LETTER.test(first),
          endBoundary: text.length <= 4 && SPACED_LETTER.test(last),
        });
      }
    }
  }
  return words;
}

function boundaryOk(lower: string, index: number, word: Word): boolean {
  if (word.startBoundary && index > 0 && LETTER.test(lower[index - 1]!)) return false;
  const after = index + word.text.length;
  if (word.endBoundary && after < lower.length && LETTER.test(lower[after]!)) return false;
  return true;
}

/**
 * Distance in code units from the match to the nearest word of the list inside
 * the window (0 = adjacent), or Infinity when none is there.
 */
export function nearestWord(lower: string, start: number, end: number, words: readonly Word[]): number {
  let best = Infinity;
  const from = Math.max(0, start - WINDOW_BEFORE);
  const to = Math.min(lower.length, end + WINDOW_AFTER);
  for (const word of words) {
    let i = lower.lastIndexOf(word.text, start - word.text.length);
    while (i >= from) {
      if (boundaryOk(lower, i, word)) {
        best = Math.min(best, start - (i + word.text.length));
        break;
      }
      if (i === 0) break;
      i = lower.lastIndexOf(word.text, i - 1);
    }
    let j = lower.indexOf(word.text, end);
    while (j !== -1 && j + word.text.length <= to) {
      if (boundaryOk(lower, j, word)) {
        best = Math.min(best, j - end + AFTER_PENALTY);
        break;
      }
      j = lower.indexOf(word.text, j + 1);
    }
  }
  return best;
}

/** Presidio's context rule: min(1, max(score + 0.35, 0.4)). */
export function boosted(score: number): number {
  return Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
}

/** True when any of the words occurs anywhere in the (lower-cased) text, with the same boundary rules. */
export function containsAnyWord(lower: string, words: readonly Word[]): boolean {
  for (const word of words) {
    for (let i = lower.indexOf(word.text); i !== -1; i = lower.indexOf(word.text, i + 1)) {
      if (boundaryOk(lower, i, word)) return true;
    }
  }
  return false;
}
