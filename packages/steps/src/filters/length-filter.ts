/**
 * `length`: each side's length within bounds, counted in the unit that fits
 * its script (words for spaced scripts, visible characters for Chinese, Thai,
 * Khmer, Lao, Burmese). Bicleaner's "3 words" rule counts spaces and so drops
 * most Thai/Khmer/Burmese; counting characters there fixes that.
 * Score: length of the longer side in its unit (clean = between bounds).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { sideLength } from '../pair-measures.ts';
import { lengthUnitFor } from '../text-shim/length.ts';

export const lengthFilter = defineStep({
  name: 'length',
  version: '1.2.0',
  kind: 'filter',
  description: 'Drops pairs with a side shorter or longer than the bounds (words or characters per script).',
  options: {
    min_words: { type: 'integer', default: 1, min: 0, description: 'Fewest words on a spaced-script side.' },
    max_words: { type: 'integer', default: 250, min: 1, description: 'Most words on a spaced-script side (OpusFilter 100, NLLB ~1050 chars).' },
    min_chars: { type: 'integer', default: 1, min: 0, description: 'Fewest visible characters on an unspaced-script side.' },
    max_chars: { type: 'integer', default: 600, min: 1, description: 'Most visible characters on an unspaced-script side (hardrules: 1024 chars).' },
  },
  create(o, ctx) {
    const units = [lengthUnitFor(ctx.src?.wordUnit), lengthUnitFor(ctx.tgt?.wordUnit)] as const;
    const ok = (n: number, unit: string) => (unit === 'word' ? n >= o.min_words && n <= o.max_words : n >= o.min_chars && n <= o.max_chars);
    return {
      kind: 'filter',
      check(pair) {
        const a = sideLength(pair, 'src', units[0]);
        const b = sideLength(pair, 'tgt', units[1]);
        const score = Math.max(a, b);
        return ok(a, units[0]) && ok(b, units[1]) ? kept(score) : dropped('length', score);
      },
    };
  },
});
