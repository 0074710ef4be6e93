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
import { defineStep, kept, dropped } from '../step.ts';

const SKIP_RUN = /[\s.\-_=*·…。]/;
/** SKIP_RUN.test(text[i]) without making a one-character string per run. */
function skipsRun(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3d || c === 0x2a : SKIP_RUN.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

/**
 * Trigram hashes (13 bits) of the current text: how often each was seen and
 * where last, stamped with a per-call generation so nothing is cleared
 * between calls; `previous[i]` chains position i to the last earlier position
 * with the same hash. Entry h is `trigrams[4h .. 4h + 2]` = stamp, times
 * seen, last position (the fourth int unused: 16-byte entries), side by side:
 * one cache line read per position, not one in each of three arrays (the
 * other steps of a pipeline evict the table between calls).
 */
const TRIGRAM_MASK = 8191;
const trigrams = new Int32Array((TRIGRAM_MASK + 1) * 4);
let previous = new Int32Array(1024);
/** Per-call stamp, never 0 (the table's initial stamp). */
let generation = 0;
/** Per unit length (units up to 63 characters): the text is already scanned up to (excluding) this position. */
const scannedTo = new Int32Array(64);

/**
 * Most repeats of a unit of length L in the run of positions k with
 * text[k] = text[k−L] that holds position `at`: the run's own count, as the
 * plain scan `for i: same = match ? same + 1 : 0; repeats = ⌊same/L⌋ + 1`
 * finds it, counting a window only when it holds a letter. Returns the best
 * count above `unit`, and records how far the run reaches.
 */
function repeatsInRun(text: string, L: number, at: number, unit: number): number {
  let start = at;
  while (start - 1 >= L && text.charCodeAt(start - 1) === text.charCodeAt(start - 1 - L)) start--;
  let same = 0;
  let i = start;
  for (; i < text.length && text.charCodeAt(i) === text.charCodeAt(i - L); i++) {
    same++;
    const repeats = Math.floor(same / L) + 1;
    if (repeats > unit && LETTER.test(text.slice(i - L + 1, i + 1))) unit = repeats;
  }
  scannedTo[L] = i + 1;
  return unit;
}

/**
 * Most consecutive repeats of any unit of 3..maxUnit characters that holds a
 * letter (so 1.000.000 is not repetition), and the longest run of one
 * character.
 *
 * A unit of length L repeated twice in a row puts equal trigrams L apart, so
 * only runs that hold such a pair can count more than 1 repeat: one pass over
 * the trigrams (hashed, chained by hash) finds those pairs, and each run is
 * scanned once from its start. Without a trigram seen 3 times no unit of ≥ 3
 * characters repeats 3 times, and the result is 1 as it always was (the
 * rule predates this scan; it decides the score of a unit seen twice).
 */
export function maxRepeats(text: string, maxUnit = 24): { unit: number; run: number } {
  const n = text.length;
  let run = 1, best = 0;
  if (n < 9) {
    for (let i = 1; i <= n; i++) {
      if (i < n && text.charCodeAt(i) === text.charCodeAt(i - 1)) run++;
      else {
        if (run > best && !skipsRun(text.charCodeAt(i - 1))) best = run;
        run = 1;
      }
    }
    return { unit: 1, run: best };
  }
  // Longer text: the runs of one character are counted in the trigram pass below (the same
  // comparisons of text[i] with text[i − 1], in the same order; one read of the text, not two).
  const longest = Math.min(maxUnit, Math.floor(n / 3), scannedTo.length - 1);
  if (previous.length < n) previous = new Int32Array(Math.max(n, previous.length * 2));
  generation = (generation + 1) | 0 || 1;
  scannedTo.fill(0);
  let thrice = false;
  let unit = 1;
  // The trigram's three code units roll along: one read per position.
  let u0 = 0, u1 = text.charCodeAt(0), u2 = text.charCodeAt(1);
  if (u2 === u1) run++;
  else {
    if (run > best && !skipsRun(u1)) best = run;
    run = 1;
  }
  for (let i = 2; i < n; i++) {
    u0 = u1;
    u1 = u2;
    u2 = text.charCodeAt(i);
    if (u2 === u1) run++;
    else {
      if (run > best && !skipsRun(u1)) best = run;
      run = 1;
    }
    const h = (Math.imul(u0, 961) + Math.imul(u1, 31) + u2) & TRIGRAM_MASK;
    const e = h << 2;
    let last = -1;
    if (trigrams[e] === generation) {
      last = trigrams[e + 2]!;
      const seen = trigrams[e + 1]!;
      if (seen < 3 && (trigrams[e + 1] = seen + 1) >= 3) thrice = true;
    } else {
      trigrams[e] = generation;
      trigrams[e + 1] = 1;
    }
    trigrams[e + 2] = i;
    previous[i] = last;
    for (let j = last; j >= 0 && i - j <= longest; j = previous[j]!) {
      const L = i - j;
      if (L >= 3 && i >= scannedTo[L]! && u2 === text.charCodeAt(j)) unit = repeatsInRun(text, L, i, unit);
    }
  }
  if (run > best && !skipsRun(u2)) best = run;
  return { unit: thrice ? unit : 1, run: best };
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
        return bad ? dropped('repetition', Math.max(unit, run)) : kept(Math.max(unit, run));
      },
    };
  },
});
