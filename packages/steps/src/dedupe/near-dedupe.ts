/**
 * `near_duplicate`: MinHash-LSH over the pair's character shingles (both
 * sides, tagged), so pairs that differ by a word or a typo are caught after
 * the first one was kept. Keyed step: workers compute signatures; the main
 * thread keeps one 32-bit fingerprint set per band.
 * Memory bound: bands × 8 bytes per kept pair (4-byte slots, load ≤ 0.5) —
 * 40 MB per million pairs at 5 bands — and nothing past `max_keys`.
 * A fingerprint collision makes a false "near duplicate" with probability
 * ≈ bands × kept / 2^32 (0.1 % at a million kept pairs).
 */
import { defineStep } from '../step.ts';
import { Hash32Set } from './hash-set.ts';
import { bandHashes, minhashSignature, shingleHashes } from './minhash.ts';
import { dedupeKey } from './pair-key.ts';

export function pairBands(src: string, tgt: string, nSrc: number, nTgt: number, bands: number, rows: number): number[] {
  const shingles: number[] = [];
  shingleHashes(dedupeKey(src), nSrc, 1, shingles);
  shingleHashes(dedupeKey(tgt), nTgt, 2, shingles);
  if (!shingles.length) return [];
  return bandHashes(minhashSignature(shingles, bands * rows), bands, rows);
}

export const nearDedupe = defineStep({
  name: 'near_dedupe',
  version: '1.0.0',
  kind: 'keyed',
  description: 'Drops pairs that are near-duplicates (MinHash-LSH on character n-grams) of a pair already kept.',
  options: {
    bands: { type: 'integer', default: 5, min: 1, max: 16, description: 'LSH bands.' },
    rows: { type: 'integer', default: 5, min: 1, max: 8, description: 'Hash functions per band.' },
    max_keys: { type: 'integer', default: 20_000_000, min: 1, description: 'Most pairs remembered (memory bound: bands × 8 bytes each).' },
  },
  create(o, ctx) {
    const nSrc = ctx.src?.wordUnit === 'segmenter' ? 3 : 5;
    const nTgt = ctx.tgt?.wordUnit === 'segmenter' ? 3 : 5;
    return { kind: 'keyed', key: (pair) => pairBands(pair.src, pair.tgt, nSrc, nTgt, o.bands, o.rows) };
  },
  createDecider(o) {
    const sets = Array.from({ length: o.bands }, () => new Hash32Set(o.max_keys));
    return {
      decide(key, rejected) {
        const bands = key as number[];
        let hits = 0;
        for (let b = 0; b < bands.length; b++) if (sets[b]!.has(bands[b]!)) hits++;
        if (!hits && !rejected) for (let b = 0; b < bands.length; b++) sets[b]!.add(bands[b]!);
        return hits ? { keep: false, reason: 'near_duplicate', score: hits / o.bands } : { keep: true, score: 0 };
      },
      stats: () => ({ keys: sets[0]?.size ?? 0, bytes: sets.reduce((a, s) => a + s.bytes, 0) }),
    };
  },
});
