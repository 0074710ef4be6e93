/**
 * `repetition`: degenerate text — a unit of 2–40 characters repeated three or
 * more times in a row ("very very very", "哈哈哈哈哈哈" counts only past
 * `max_repeats`), or one character run longer than `max_char_run` (OpusFilter
 * RepetitionFilter, hardrules `no_repeated_words`). Thai ๆ and Chinese 叠字
 * (看看, 谢谢) repeat a unit twice, which stays below the default.
 * Score: the largest repeat count found (clean = low).
 */
import { defineStep } from '../step.ts';

const UNIT_REPEAT = /(\S.{1,39}?)\1{2,}/gsu;
const CHAR_RUN = /(.)\1+/gsu;

export function maxRepeats(text: string): { unit: number; run: number } {
  let unit = 0;
  for (const m of text.matchAll(UNIT_REPEAT)) unit = Math.max(unit, m[0].length / m[1]!.length);
  let run = 0;
  for (const m of text.matchAll(CHAR_RUN)) if (!/[\s.\-_=*·…。]/.test(m[1]!)) run = Math.max(run, [...m[0]].length);
  return { unit: Math.floor(unit), run };
}

export const repetitionFilter = defineStep({
  name: 'repetition',
  version: '1.0.0',
  kind: 'filter',
  description: 'Drops pairs with a side that repeats a unit or a character many times in a row.',
  options: {
    max_repeats: { type: 'integer', default: 2, min: 1, description: 'Most consecutive repeats of a 2–40 character unit kept.' },
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
