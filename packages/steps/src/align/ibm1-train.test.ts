import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type ParallelRunner, inThisThread } from '../parallel-tasks.ts';
import { pairEvidence, trainAlignmentModel } from './alignment-model.ts';
import { type Corpus, type FoldOf, MAX_SRC, cellOfHashes, countCode, foldCorpus, ibm1Baselines, jointCells, leftHash, rightHash, sampleCells, trainFoldIbm1, trainIbm1Cells } from './ibm1.ts';
import { trainFoldsDirection } from './many-folds.ts';

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
      if (S.length > MAX_SRC) return; // too long a source: left out, as the trainer always did
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
    const table = trainFoldIbm1(corpus, cells, fold, 4);
    const ref = referenceEm(foldCorpus(corpus, fold), bits, 4);
    assert.deepEqual([...table.totals], [...ref.totals]);
    assert.deepEqual(table.counts, Uint8Array.from(ref.counts, countCode));
  }
});

test('the backward direction and a pair over MAX_SRC (no updates, skipped by every fold) train as plain EM too', () => {
  const rnd = lcg(5);
  const fwd = toyCorpus(rnd, 40);
  // A source side over MAX_SRC: sampleCells lists no update for it, and the pairs after it keep their offsets.
  fwd.src[7] = Int32Array.from({ length: MAX_SRC + 1 }, (_, i) => (i % 41) + (i ? 1 : 0));
  const bwd: Corpus = { src: fwd.tgt.map((w) => Int32Array.from([0, ...w.map((x) => x + 1)])), tgt: fwd.src.map((s) => s.subarray(1).map((x) => x - 1)), srcVocab: 51, srcIsLeft: false };
  for (const corpus of [fwd, bwd]) {
    const cells = sampleCells(corpus, 10);
    for (const fold of [{ folds: 10, heldOut: 7 }, { folds: 10, heldOut: 2 }] satisfies FoldOf[]) {
      const table = trainFoldIbm1(corpus, cells, fold, 3);
      const ref = referenceEm(foldCorpus(corpus, fold), 10, 3);
      assert.deepEqual([...table.totals], [...ref.totals]);
      assert.deepEqual(table.counts, Uint8Array.from(ref.counts, countCode));
    }
  }
});

test("a two-fold direction (trainIbm1Cells) trains as plain EM, and its baselines read through the trained cells equal the table's", () => {
  const rnd = lcg(23);
  const fwd = toyCorpus(rnd, 50);
  fwd.src[9] = Int32Array.from({ length: MAX_SRC + 1 }, (_, i) => (i % 41) + (i ? 1 : 0));
  const bwd: Corpus = { src: fwd.tgt.map((w) => Int32Array.from([0, ...w.map((x) => x + 1)])), tgt: fwd.src.map((s) => s.subarray(1).map((x) => x - 1)), srcVocab: 51, srcIsLeft: false };
  for (const [corpus, tgtVocab] of [[fwd, 50], [bwd, 41]] as const) {
    for (const bits of [8, 12]) {
      const { table, cells } = trainIbm1Cells(corpus, bits, 4);
      const ref = referenceEm(corpus, bits, 4);
      assert.deepEqual([...table.totals], [...ref.totals]);
      assert.deepEqual(table.counts, Uint8Array.from(ref.counts, countCode));
      // The pair over MAX_SRC has no trained cells: read from the table, as every pair was.
      assert.deepEqual([...ibm1Baselines(table, corpus, tgtVocab, cells)], [...ibm1Baselines(table, corpus, tgtVocab)]);
    }
  }
});

const fixture = readFileSync(new URL('../eval/fixtures/zh-en-own.tsv', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]);

/** A runner that runs each task here and records its name. */
function recording(names: string[]): ParallelRunner {
  return (task, args) => {
    names.push(task);
    return inThisThread(task, args);
  };
}

test("a many-fold direction task gives each fold the codes, totals and baselines of the fold trained on its own pairs, a source over MAX_SRC included", () => {
  const rnd = lcg(31);
  const fwd = toyCorpus(rnd, 70);
  fwd.src[12] = Int32Array.from({ length: MAX_SRC + 1 }, (_, i) => (i % 41) + (i ? 1 : 0));
  const bwd: Corpus = { src: fwd.tgt.map((w) => Int32Array.from([0, ...w.map((x) => x + 1)])), tgt: fwd.src.map((s) => s.subarray(1).map((x) => x - 1)), srcVocab: 51, srcIsLeft: false };
  for (const [corpus, tgtVocab] of [[fwd, 50], [bwd, 41]] as const) {
    const bits = 9; // crowded: colliding cells, and baselines reading many cells no pair used
    const heldOut = [0, 3, 4, 9];
    const many = trainFoldsDirection(corpus, bits, 10, heldOut, 4, tgtVocab);
    heldOut.forEach((h, g) => {
      const fold = { folds: 10, heldOut: h };
      const own = trainFoldIbm1(corpus, sampleCells(corpus, bits), fold, 4);
      const dense = jointCells({ bits, cells: new Uint8Array(0), fwdTotals: own.totals, bwdTotals: own.totals, sparse: { fwd: many.set, bwd: many.set, fwdCodes: many.codes[g]!, bwdCodes: many.codes[g]! } });
      const spread = Uint8Array.from({ length: 1 << bits }, (_, c) => dense[(c & 31) | ((c & ~31) << 1)]!);
      assert.deepEqual(spread, own.counts, `fold ${h} codes`);
      assert.deepEqual([...many.totals[g]!], [...own.totals], `fold ${h} totals`);
      assert.deepEqual([...many.bases[g]!], [...ibm1Baselines(own, foldCorpus(corpus, fold), tgtVocab)], `fold ${h} baselines`);
    });
  }
});

test('a fit of more than two folds shares the sample cells, a fit of two trains each fold apart; the same model either way', async () => {
  const sample = fixture.slice(0, 60).map(([src, tgt]) => ({ src, tgt }));
  const cfg = { srcLang: 'zh-Hans', tgtLang: 'en', srcMode: 'han', tgtMode: 'space', bits: 16, iterations: 4, stem: 5 } as const;
  for (const folds of [2, 3, 10]) {
    const byDefault: string[] = [];
    const shared = await trainAlignmentModel(sample, { ...cfg, folds }, recording(byDefault));
    // Two folds (every large input) must keep the per-fold tasks: shared cells cost the 1M-pair run ~15-20 MB of peak RSS.
    assert.equal(byDefault.includes('alignment.folds-direction'), folds > 2, `${folds} folds`);
    assert.equal(shared.model.folds.every((f) => f.table.sparse), folds > 2, `${folds} folds: sparse tables`);
    assert.equal(byDefault.includes('alignment.direction'), folds === 2, `${folds} folds`);
    const other: string[] = [];
    const apart = await trainAlignmentModel(sample, { ...cfg, folds }, recording(other), folds === 2);
    assert.notDeepEqual(other, byDefault);
    assert.equal(shared.model.folds.length, folds);
    shared.model.folds.forEach((f, k) => {
      const g = apart.model.folds[k]!;
      assert.equal(f.table.bits, g.table.bits);
      assert.ok(Buffer.from(jointCells(f.table)).equals(Buffer.from(jointCells(g.table))), `fold ${k} cells`);
      assert.deepEqual([...f.table.fwdTotals], [...g.table.fwdTotals]);
      assert.deepEqual([...f.table.bwdTotals], [...g.table.bwdTotals]);
      assert.deepEqual([...f.tgtBase], [...g.tgtBase]);
      assert.deepEqual([...f.srcBase], [...g.srcBase]);
    });
    assert.deepEqual(shared.evidence, apart.evidence);
    // A pair scored alone (not read in a batch) from a sparse table: the same evidence as from the dense one.
    for (const [src, tgt] of fixture.slice(55, 65)) {
      for (const f of [0, folds - 1]) assert.deepEqual(pairEvidence(shared.model, { src, tgt }, f), pairEvidence(apart.model, { src, tgt }, f));
    }
    assert.equal(shared.model.median, apart.model.median);
    assert.equal(shared.model.sigma, apart.model.sigma);
  }
});
