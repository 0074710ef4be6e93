/**
 * `near_duplicate`: MinHash-LSH over the pair's character shingles (both
 * sides, tagged), so pairs that differ by a word or a typo are caught after
 * the first one was kept. Keyed step: workers compute signatures; the main
 * thread keeps each kept pair's key (its band fingerprints and a 96-bit
 * sketch) and, per band, an index from the band's 32-bit fingerprint to the
 * first kept pair that has it; a band collision is verified with the
 * sketches (estimated Jaccard ≥ `min_similarity`) before it is called a
 * duplicate.
 * Memory bound: ≈ bands × 4 bytes / load (0.375–0.75) + (bands + 3) × 4 bytes
 * per kept pair — 68–100 MB per million kept pairs at 6 bands — and nothing
 * past `max_keys`.
 */
import { defineStep, kept, dropped } from '../step.ts';
import { PagedRows, RowIndex } from './hash-set.ts';
import { ShingleBuffer, bandHashesInto, bbitSketchInto, minhashSignature, sketchJaccardAt } from './minhash.ts';
import { sideDedupeKey } from '../pair-measures.ts';
import { dedupeKey } from './pair-key.ts';

/** The band fingerprints then the b-bit sketch (empty when the pair has no letters or digits); typed so workers send keys packed. */
export type NearKey = Uint32Array;

export function pairNearKey(src: string, tgt: string, nSrc: number, nTgt: number, bands: number, rows: number): NearKey {
  return nearKeyOfKeys(dedupeKey(src), dedupeKey(tgt), nSrc, nTgt, bands, rows);
}

/** Shingles of the pair being keyed (one buffer per thread, reused). */
const shingles = new ShingleBuffer();

/** {@link pairNearKey} from the sides' dedupe keys. */
function nearKeyOfKeys(srcKey: string, tgtKey: string, nSrc: number, nTgt: number, bands: number, rows: number): NearKey {
  shingles.clear();
  shingles.add(srcKey, nSrc, 1);
  shingles.add(tgtKey, nTgt, 2);
  if (!shingles.length) return new Uint32Array(0);
  const sig = minhashSignature(shingles.values, bands * rows, shingles.length);
  const key = new Uint32Array(bands + Math.ceil(sig.length / 8));
  bandHashesInto(sig, bands, rows, key, 0);
  return bbitSketchInto(sig, key, bands);
}

export const nearDedupe = defineStep({
  name: 'near_dedupe',
  version: '1.0.0',
  kind: 'keyed',
  description: 'Drops pairs that are near-duplicates (MinHash-LSH on character n-grams, verified) of a pair already kept.',
  options: {
    bands: { type: 'integer', default: 6, min: 1, max: 16, description: 'LSH bands.' },
    rows: { type: 'integer', default: 4, min: 1, max: 8, description: 'Hash functions per band.' },
    min_similarity: { type: 'number', default: 0.65, min: 0, max: 1, description: 'Lowest estimated Jaccard similarity of a verified near-duplicate.' },
    max_keys: { type: 'integer', default: 10_000_000, min: 1, description: 'Most pairs remembered (memory bound: ~100 bytes each at 6 bands).' },
  },
  create(o, ctx) {
    const nSrc = ctx.src?.wordUnit === 'segmenter' ? 3 : 4;
    const nTgt = ctx.tgt?.wordUnit === 'segmenter' ? 3 : 4;
    return { kind: 'keyed', key: (pair) => nearKeyOfKeys(sideDedupeKey(pair, 'src'), sideDedupeKey(pair, 'tgt'), nSrc, nTgt, o.bands, o.rows) };
  },
  createDecider(o) {
    const k = o.bands * o.rows;
    const words = Math.ceil(k / 8);
    // One row per kept pair, its whole key (band fingerprints, then the sketch); each band's index points into these rows.
    const keptRows = new PagedRows(o.bands + words);
    const maps = Array.from({ length: o.bands }, (_, b) => new RowIndex(keptRows, b, o.max_keys));
    return {
      decide(key, rejected) {
        // The key is the band fingerprints then the sketch (see pairNearKey); read in place, no views made per pair.
        const k0 = key as NearKey;
        const bands = k0.length ? o.bands : 0;
        let best = 0;
        for (let b = 0; b < bands; b++) {
          const hit = maps[b]!.get(k0[b]!);
          if (hit === undefined) continue;
          best = Math.max(best, sketchJaccardAt(keptRows.page(hit), keptRows.offset(hit) + bands, k0, bands, k));
        }
        const dup = best >= o.min_similarity;
        if (!dup && !rejected && bands && keptRows.count < o.max_keys) {
          const id = keptRows.push(k0);
          for (let b = 0; b < bands; b++) maps[b]!.setIfAbsent(id);
        }
        return dup ? dropped('near_duplicate', best) : kept(best);
      },
      stats: () => ({ keys: keptRows.count, bytes: maps.reduce((a, m) => a + m.bytes, 0) + keptRows.bytes }),
    };
  },
});
