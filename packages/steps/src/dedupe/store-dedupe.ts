/**
 * `in_store`: drops pairs already in the store, through the caller's
 * `services.existing.has(pairHash)` (the store's index of {@link pairHash}
 * values; this package does not import the store). Without that service the
 * step keeps everything. No memory of its own.
 */
import { defineStep, kept, dropped } from '../step.ts';
import { sideDedupeKey } from '../pair-measures.ts';
import { pairHashOfKeys } from './pair-key.ts';

export const storeDedupe = defineStep({
  name: 'store_dedupe',
  version: '1.0.0',
  kind: 'keyed',
  description: 'Drops pairs whose normalised hash is already in the store (needs the store service).',
  options: {},
  create: () => ({ kind: 'keyed', key: (pair) => pairHashOfKeys(sideDedupeKey(pair, 'src'), sideDedupeKey(pair, 'tgt')) }),
  createDecider(_o, ctx) {
    const existing = ctx.services?.existing;
    let hits = 0;
    return {
      async decide(key) {
        if (!existing) return kept();
        const found = await existing.has(key as string);
        if (found) hits++;
        return found ? dropped('in_store', 1) : kept(0);
      },
      stats: () => ({ hits }),
    };
  },
});
