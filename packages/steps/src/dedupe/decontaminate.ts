/**
 * `contaminated`: protects test sets from leaking into training data. Drops a
 * pair when either side matches a protected sentence exactly after
 * normalisation (pair-key.ts) or nearly (MinHash-LSH, 4 bands × 6 rows per
 * side: 50 % point near J ≈ 0.79). Protected sentences come from `files`
 * (UTF-8, one sentence per line, or `src<TAB>tgt` per line, both sides taken)
 * and from `services.protectedSentences`.
 * Memory bound: ~8 + 4 × 8 bytes per protected sentence.
 */
import { readFileSync } from 'node:fs';
import { stepsError } from '../errors.ts';
import { defineStep, kept, dropped } from '../step.ts';
import { Hash32Set, Hash53Set } from './hash-set.ts';
import { bandHashes, minhashSignature, shingleHashes } from './minhash.ts';
import { sideDedupeKey } from '../pair-measures.ts';
import { dedupeKey, hash53 } from './pair-key.ts';

const BANDS = 4;
const ROWS = 6;

interface SideKey {
  exact: number;
  bands: number[];
}

function sideKey(text: string, n: number, key = dedupeKey(text)): SideKey {
  const shingles: number[] = [];
  shingleHashes(key, n, 0, shingles);
  return { exact: hash53(key), bands: shingles.length && key.length >= 8 ? bandHashes(minhashSignature(shingles, BANDS * ROWS), BANDS, ROWS) : [] };
}

function gramSize(text: string): number {
  // Unspaced scripts have few spaces per character; pick 3-grams for them.
  const spaces = text.split(' ').length - 1;
  return spaces * 12 < text.length ? 3 : 5;
}

export const decontaminate = defineStep({
  name: 'decontaminate',
  version: '1.0.0',
  kind: 'keyed',
  description: 'Drops pairs whose source or target matches a protected test-set sentence exactly or nearly.',
  options: {
    files: { type: 'string[]', default: [], description: 'Protected test sets: one sentence, or src<TAB>tgt, per line.' },
    near: { type: 'boolean', default: true, description: 'Also drop near matches (MinHash-LSH), not only exact ones.' },
  },
  create: () => ({ kind: 'keyed', key: (pair) => [sideKey(pair.src, gramSize(pair.src), sideDedupeKey(pair, 'src')), sideKey(pair.tgt, gramSize(pair.tgt), sideDedupeKey(pair, 'tgt'))] }),
  createDecider(o, ctx) {
    const exact = new Hash53Set();
    const bands = Array.from({ length: BANDS }, () => new Hash32Set());
    const add = (sentence: string) => {
      if (!sentence.trim()) return;
      const k = sideKey(sentence, gramSize(sentence));
      exact.add(k.exact);
      k.bands.forEach((b, i) => bands[i]!.add(b));
    };
    for (const file of o.files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (cause) {
        throw stepsError('SLM_DECONTAMINATION_FILE_INVALID', { file, problem: (cause as Error).message }, { cause });
      }
      for (const line of text.split(/\r?\n/)) for (const part of line.split('\t')) add(part);
    }
    for (const s of ctx.services?.protectedSentences ?? []) add(s);
    return {
      decide(key) {
        const sides = key as SideKey[];
        const hit = sides.some((k) => exact.has(k.exact) || (o.near && k.bands.some((b, i) => bands[i]!.has(b))));
        return hit ? dropped('contaminated', 1) : kept(0);
      },
      stats: () => ({ protected: exact.size, bytes: exact.bytes + bands.reduce((a, s) => a + s.bytes, 0) }),
    };
  },
});
