/**
 * `repetition`: degenerate text — a unit of 3–24 characters (with a letter) repeated more
 * than `max_repeats` times in a row ("buy now buy now buy now"), or one
 * character run longer than `max_char_run` (OpusFilter RepetitionFilter,
 * hardrules `no_repeated_words`). Chinese 叠字 (谢谢, 看看) and Thai ๆ repeat a
 * unit at most twice, which stays under the default. A plain scan with
 * character-code comparisons (linear in the text for each unit length) —
 * a backtracking regex costs a hundred times more on long lines.
 * Score: the largest repeat count found (clean = low).
 */
import { defineStep } from '../step.ts';

const SKIP_RUN = /[\s.\-_=*·…。]/;
/** SKIP_RUN.test(text[i]) without making a one-character string per run. */
function skipsRun(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3d || c === 0x2a : SKIP_RUN.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;
const trigramCounts = new Uint8Array(8192);

function hasTrigramThrice(text: string): boolean {
  if (text.length < 9) return false;
  trigramCounts.fill(0);
  let found = false;
  for (let i = 2; i < text.length; i++) {
    const h = (Math.imul(text.charCodeAt(i - 2), 961) + Math.imul(text.charCodeAt(i - 1), 31) + text.charCodeAt(i)) & 8191;
    if (++trigramCounts[h]! >= 3) found = true;
  }
  return found;
}

/**
 * Most consecutive repeats of any unit of 3..maxUnit characters that holds a
 * letter (so 1.000.000 is not repetition), and the longest run of one
 * character.
 */
export function maxRepeats(text: string, maxUnit = 24): { unit: number; run: number } {
  const n = text.length;
  let run = 1, best = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && text.charCodeAt(i) === text.charCodeAt(i - 1)) run++;
    else {
      if (run > best && !skipsRun(text.charCodeAt(i - 1))) best = run;
      run = 1;
    }
  }
  let unit = 1;
  // A unit of ≥ 3 characters repeated 3 times repeats its first 3 characters 3 times: without a
  // trigram seen 3 times, skip the scan (most lines).
  if (!hasTrigramThrice(text)) return { unit, run: best };
  for (let L = 3; L <= maxUnit && 3 * L <= n; L++) {
    let same = 0;
    for (let i = L; i < n; i++) {
      if (text.charCodeAt(i) === text.charCodeAt(i - L)) {
        same++;
        const repeats = Math.floor(same / L) + 1;
        if (repeats > unit && LETTER.test(text.slice(i - L + 1, i + 1))) unit = repeats;
      } else same = 0;
    }
  }
  return { unit, run: best };
}

export const repetitionFilter = defineStep({
  name: 'repetition',
  version: '1.1.0',
  kind: 'filter',
  description: 'Drops pairs with a side that repeats a unit or a character many times in a row.',
  options: {
    max_repeats: { type: 'integer', default: 2, min: 1, description: 'Most consecutive repeats of a 3–24 character unit kept.' },
    max_char_run: { type: 'integer', default: 5, min: 2, description: 'Longest run of one non-punctuation character kept.' },
  },
  create(o) {
    return {
      kind: 'filter',
      check(pair) {
        const a = maxRepeats(pair.src);
        const b = maxRepeats(pair.tgt);
        const unit = Math.max(a.unit, b.unit);
        const run = Math.max(a.run, b.run);
        const bad = unit > o.max_repeats || run > o.max_char_run;
        return bad ? { keep: false, reason: 'repetition', score: Math.max(unit, run) } : { keep: true, score: Math.max(unit, run) };
      },
    };
  },
});
