/** `empty`: a side with no letter or digit (whitespace, punctuation only). Score: visible characters of the shorter side (clean = high). */
import { defineStep, kept, dropped } from '../step.ts';
import { type Side, sideProfile } from '../pair-measures.ts';
import type { PairText } from '../step.ts';

function content(pair: PairText, side: Side): number {
  const p = sideProfile(pair, side);
  return p.letterTotal + p.digits;
}

export const emptyFilter = defineStep({
  name: 'empty',
  version: '1.0.0',
  kind: 'filter',
  description: 'Drops pairs where either side has no letter or digit.',
  options: {},
  create: () => ({
    kind: 'filter',
    check(pair) {
      const score = Math.min(content(pair, 'src'), content(pair, 'tgt'));
      return score > 0 ? kept(score) : dropped('empty', score);
    },
  }),
});
