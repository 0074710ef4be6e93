/**
 * `duplicate`: exact deduplication on the normalised pair (see pair-key.ts),
 * and optionally per side (`per_side: src|tgt|both` drops a pair whose source
 * or target was already kept with another translation — stricter, off by
 * default because one source often has several valid translations).
 * Keyed step: workers hash, the main thread remembers, in input order.
 * Memory bound: 11–21 bytes per distinct kept pair per key kind (open
 * addressing at load 0.375–0.75, 8-byte keys); stops remembering at `max_keys` (then counts
 * `saturated`).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { Hash53Set } from './hash-set.ts';
import { sideDedupeKey } from '../pair-measures.ts';
import { HASH_SRC, HASH_TGT, hash53Keys } from './pair-key.ts';

/** Hashes of the pair, its source and its target (0 when `per_side` does not use them; a typed array: workers send keys packed). */
export type ExactKey = Float64Array;

export const exactDedupe = defineStep({
  name: 'exact_dedupe',
  version: '1.0.0',
  kind: 'keyed',
  description: 'Drops pairs whose normalised text (letters and digits, lower-cased, NFKC) was already kept.',
  options: {
    per_side: { type: 'string', default: 'none', enum: ['none', 'src', 'tgt', 'both'], description: 'Also drop when one side alone repeats.' },
    max_keys: { type: 'integer', default: 20_000_000, min: 1, description: 'Most keys remembered per set (memory bound: ~16 bytes each).' },
  },
  create(o) {
    const sides = (o.per_side === 'src' || o.per_side === 'both' ? HASH_SRC : 0) | (o.per_side === 'tgt' || o.per_side === 'both' ? HASH_TGT : 0);
    return {
      kind: 'keyed',
      key: (pair): ExactKey => hash53Keys(sideDedupeKey(pair, 'src'), sideDedupeKey(pair, 'tgt'), new Float64Array(3), sides),
    };
  },
  createDecider(o) {
    const pairs = new Hash53Set(o.max_keys);
    const srcs = o.per_side === 'src' || o.per_side === 'both' ? new Hash53Set(o.max_keys) : undefined;
    const tgts = o.per_side === 'tgt' || o.per_side === 'both' ? new Hash53Set(o.max_keys) : undefined;
    let saturated = 0;
    return {
      decide(key, rejected) {
        const k = key as ExactKey;
        const dup = pairs.has(k[0]!) || Boolean(srcs?.has(k[1]!)) || Boolean(tgts?.has(k[2]!));
        if (!dup && !rejected) {
          if (!pairs.add(k[0]!) && pairs.full) saturated++;
          srcs?.add(k[1]!);
          tgts?.add(k[2]!);
        }
        return dup ? dropped('duplicate', 1) : kept(0);
      },
      stats: () => ({ keys: pairs.size, bytes: pairs.bytes + (srcs?.bytes ?? 0) + (tgts?.bytes ?? 0), saturated }),
    };
  },
});
