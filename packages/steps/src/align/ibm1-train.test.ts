import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Corpus, type FoldOf, cellOfHashes, countCode, foldCorpus, leftHash, rightHash, sampleCells, trainIbm1 } from './ibm1.ts';

/** A deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Model 1 EM as it was written before the folds shared their cells: one
 * fold's own pairs, every round computing every target token's
 * denominator, counts kept as float32 per hashed cell. The trainer must
 * give these floats exactly (the alignment filter's decisions depend on them).
 */
function referenceEm(corpus: Corpus, bits: number, iterations: number): { counts: Float32Array; totals: Float64Array } {
  const mask = (1 << bits) - 1;
  const cellOf = (s: number, w: number) => cellOfHashes(corpus.srcIsLeft ? leftHash(s) : rightHash(s), corpus.srcIsLeft ? rightHash(w + 1) : leftHash(w + 1), mask, corpus.srcIsLeft);
  let prev = new Float32Array(mask + 1), cur = new Float32Array(mask + 1);
  let prevTotals = new Float64Array(corpus.srcVocab), totals = new Float64Array(corpus.srcVocab);
  for (let it = 0; it < iterations; it++) {
    cur.fill(0);
    totals.fill(0);
    corpus.src.forEach((S, p) => {
      const W = corpus.tgt[p]!;
      for (let j = 0; j < W.length; j++) {
        const t = Array.from(S, (s) => (it > 0 ? prev[cellOf(s, W[j]!)]! * (1 / (prevTotals[s]! || 1)) : 1));
        let denom = 0;
        for (const x of t) denom += x;
        if (denom <= 0) continue;
        const r = 1 / denom;
        S.forEach((s, i) => {
          cur[cellOf(s, W[j]!)] += t[i]! * r;
          totals[s] += t[i]! * r;
        });
      }
    });
    [prev, cur] = [cur, prev];
    [prevTotals, totals] = [totals, prevTotals];
  }
  return { counts: prev, totals: prevTotals };
}

/** Source sentences with NULL (0) first and few distinct ids: repeated tokens on both sides. */
function toyCorpus(rnd: () => number, pairs: number): Corpus {
  const ids = (n: number, vocab: number) => Int32Array.from({ length: n }, () => Math.floor(rnd() ** 2 * vocab));
  const src = Array.from({ length: pairs }, () => Int32Array.from([0, ...ids(1 + Math.floor(rnd() * 30), 40)].map((x, i) => (i ? x + 1 : 0))));
  const tgt = Array.from({ length: pairs }, () => ids(1 + Math.floor(rnd() * 30), 50));
  return { src, tgt, srcVocab: 42, srcIsLeft: true };
}

test("a fold trained from the sample's shared cells gives the floats of EM on the fold's own pairs", () => {
  const rnd = lcg(11);
  const corpus = toyCorpus(rnd, 60);
  const bits = 10; // small: colliding cells too
  const cells = sampleCells(corpus, bits);
  for (const fold of [{ folds: 10, heldOut: 3 }, { folds: 2, heldOut: 0 }] satisfies FoldOf[]) {
    const table = trainIbm1(corpus, cells, fold, 4);
    const ref = referenceEm(foldCorpus(corpus, fold), bits, 4);
    assert.deepEqual([...table.totals], [...ref.totals]);
    assert.deepEqual(table.counts, Uint8Array.from(ref.counts, countCode));
  }
});
