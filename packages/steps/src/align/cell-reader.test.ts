import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { languageInfo } from '@silkloom/core';
import { identifierByName } from '../identifiers.ts';
import { PairMeasures } from '../pair-measures.ts';
import type { FilterInstance, PairText } from '../step.ts';
import { alignmentFilter } from './alignment-filter.ts';
import { hash53 } from '../dedupe/pair-key.ts';
import { pairEvidence, pairSampleKey, pairsEvidence, readScratchBytes, releaseReadScratch, trainAlignmentModel } from './alignment-model.ts';
import { CellReader, type JointTable, bestLinkAgreement, coreCells, coreIndex, ibm1ScoreBoth, leftHash, rightHash } from './ibm1.ts';

/** A deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomTable(bits: number, rnd: () => number, srcVocab: number, tgtVocab: number): JointTable {
  const cells = new Uint8Array(2 << bits);
  for (let i = 0; i < cells.length; i++) cells[i] = rnd() < 0.3 ? 0 : Math.floor(rnd() * 256);
  const totals = (n: number) => Float64Array.from({ length: n + 1 }, () => rnd() * 50);
  return { bits, cells, fwdTotals: totals(srcVocab), bwdTotals: totals(tgtVocab) };
}

/** Everything ibm1ScoreBoth hands back for a pair: both results and every position's terms. */
function scoreBoth(table: JointTable, S: Int32Array, W: Int32Array, base: Float64Array, read?: { codes: Uint16Array; at: number }): string {
  const fwd = new Float64Array(600), bwd = new Float64Array(600);
  const r = ibm1ScoreBoth(table, S, W, 300, 400, base, base, undefined, undefined, 0.1, fwd, bwd, read);
  return JSON.stringify([r, [...fwd.slice(0, W.length)], [...bwd.slice(0, S.length)]]);
}

test('cells read in address order give ibm1ScoreBoth the same floats as reads pair by pair', () => {
  const rnd = lcg(7);
  const table = randomTable(16, rnd, 300, 400);
  const base = Float64Array.from({ length: 401 }, () => (rnd() < 0.1 ? 0 : rnd() * 0.01));
  // Repeated ids (few distinct), unknown ids (−1), an empty side, and one side over the 512-token limit.
  const ids = (n: number, vocab: number) => Int32Array.from({ length: n }, () => (rnd() < 0.05 ? -1 : Math.floor(rnd() ** 2 * vocab)));
  const S = [ids(40, 300), ids(3, 10), ids(0, 300), ids(600, 300), ids(90, 300), ids(25, 300)];
  const W = [ids(30, 400), ids(50, 5), ids(8, 400), ids(20, 400), ids(0, 400), ids(70, 400)];
  const reader = new CellReader();
  reader.read(table, S, W, 300, 400);
  assert.equal(reader.at[3], -1);
  for (let p = 0; p < S.length; p++) {
    const at = reader.at[p]!;
    const direct = scoreBoth(table, S[p]!, W[p]!, base);
    assert.equal(at >= 0 ? scoreBoth(table, S[p]!, W[p]!, base, { codes: reader.codes, at }) : direct, direct, `pair ${p}`);
  }
});

test('cells of the core keys read from the dense core give the codes the table gives, colliding cells included', () => {
  const rnd = lcg(13);
  // A small table: many of the core's key pairs collide with others.
  const table = randomTable(10, rnd, 300, 400);
  const base = Float64Array.from({ length: 401 }, () => (rnd() < 0.1 ? 0 : rnd() * 0.01));
  const ids = (n: number, vocab: number) => Int32Array.from({ length: n }, () => (rnd() < 0.05 ? -1 : Math.floor(rnd() ** 2 * vocab)));
  const S = Array.from({ length: 30 }, (_, p) => ids(p * 3, 300)), W = Array.from({ length: 30 }, (_, p) => ids(90 - p * 2, 400));
  // NULL and some keys of each side (ids + 1) in the core, in no particular order; the rest outside.
  const pick = (vocab: number, n: number) => Int32Array.from([0, ...Array.from({ length: vocab }, (_, i) => i + 1).sort(() => rnd() - 0.5).slice(0, n)]);
  const leftKeys = pick(300, 120), rightKeys = pick(400, 150);
  const cored: JointTable = { ...table, core: coreCells(table, leftKeys, rightKeys, coreIndex(leftKeys, 300), coreIndex(rightKeys, 400)) };
  const plain = new CellReader(), dense = new CellReader();
  plain.read(table, S, W, 300, 400);
  dense.read(cored, S, W, 300, 400);
  assert.deepEqual(dense.at, plain.at);
  let cells = 0;
  for (let p = 0; p < S.length; p++) {
    const n = (new Set(S[p]!.filter((x) => x >= 0)).size + 1) * (new Set(W[p]!.filter((x) => x >= 0)).size + 1);
    const at = plain.at[p]!;
    assert.deepEqual(dense.codes.subarray(at, at + n), plain.codes.subarray(at, at + n), `pair ${p}`);
    assert.equal(scoreBoth(cored, S[p]!, W[p]!, base, { codes: dense.codes, at }), scoreBoth(table, S[p]!, W[p]!, base), `pair ${p}`);
    cells += n;
  }
  assert.ok(cells > 10_000, `cells read: ${cells}`);
});

test('a batch past the reader\'s 2^20 cells leaves the pairs over it to be scored directly, with the same floats', () => {
  const rnd = lcg(5);
  const table = randomTable(16, rnd, 600, 600);
  const base = Float64Array.from({ length: 601 }, () => rnd() * 0.01);
  // 511 distinct tokens a side: 512 × 512 key pairs (NULL included) a pair, four of them fill 2^20.
  const distinct = () => Int32Array.from({ length: 511 }, (_, i) => i);
  const S = Array.from({ length: 5 }, distinct), W = Array.from({ length: 5 }, distinct);
  W[4] = Int32Array.from({ length: 3 }, (_, i) => i);
  const reader = new CellReader();
  reader.read(table, S, W, 600, 600);
  assert.deepEqual(reader.at.map((at) => at >= 0), [true, true, true, true, false]);
  const scoreOf = (S1: Int32Array, W1: Int32Array, read?: { codes: Uint16Array; at: number }) => {
    const fwd = new Float64Array(600), bwd = new Float64Array(600);
    return JSON.stringify([ibm1ScoreBoth(table, S1, W1, 600, 600, base, base, undefined, undefined, 0.1, fwd, bwd, read), [...fwd.slice(0, W1.length)]]);
  };
  assert.equal(scoreOf(S[3]!, W[3]!, { codes: reader.codes, at: reader.at[3]! }), scoreOf(S[3]!, W[3]!));
});

const fixture = readFileSync(new URL('../eval/fixtures/zh-en-own.tsv', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]);
/** Translations and mismatched pairs (source i, target j), more than one read batch of them. */
const mixed: PairText[] = [];
for (let i = 0; i < fixture.length; i++) for (const d of [0, 1, 7]) mixed.push({ src: fixture[i]![0], tgt: fixture[(i + d) % fixture.length]![1] });

test('pairsEvidence equals pairEvidence pair by pair (sample pairs of both folds, pairs outside the sample)', async () => {
  const sample = fixture.slice(0, 40).map(([src, tgt]) => ({ src, tgt }));
  const { model } = await trainAlignmentModel(sample, { srcLang: 'zh-Hans', tgtLang: 'en', srcMode: 'han', tgtMode: 'space', bits: 16, iterations: 4, folds: 2, stem: 5 });
  const batched = pairsEvidence(model, mixed);
  assert.equal(batched.length, mixed.length);
  mixed.forEach((p, i) => assert.deepEqual(batched[i], pairEvidence(model, p), `pair ${i}`));
  // Forced folds, as the fit scores its synthetic negatives.
  const folds = mixed.map((_, i) => (i * 7) % 2);
  const forced = pairsEvidence(model, mixed, folds);
  mixed.forEach((p, i) => assert.deepEqual(forced[i], pairEvidence(model, p, folds[i]), `pair ${i}, fold ${folds[i]}`));
  assert.ok(forced.some((e, i) => JSON.stringify(e) !== JSON.stringify(batched[i])), 'the fold matters');
});

test('a pair\'s sample key is hash53 of its sides joined by NUL, without joining them', () => {
  const sides = ['', 'a', '中文 text', 'emoji 😀', 'lone \ud800', '\udc00 lone', 'x'.repeat(5000), 'ü\u0000ß'];
  for (const src of sides) for (const tgt of sides) assert.equal(pairSampleKey({ src, tgt }), hash53(`${src}\u0000${tgt}`), JSON.stringify([src.slice(0, 20), tgt.slice(0, 20)]));
});

test('the alignment filter decides the same with and without prepare', async () => {
  const ctx = { srcLang: 'zh-Hans', tgtLang: 'en', src: languageInfo('zh-Hans'), tgt: languageInfo('en'), identifier: identifierByName('script-only') };
  const options = { ...Object.fromEntries(Object.entries(alignmentFilter.options).map(([k, v]) => [k, v.default])), min_sample: 20, classifier_sample: 100, table_bits: 16 };
  const state = await alignmentFilter.fit!.fit(fixture.map(([src, tgt]) => ({ src, tgt })), options as never, ctx);
  assert.ok(state, 'fitted');
  const filter = alignmentFilter.create(options as never, ctx, state) as FilterInstance;
  const fresh = () => mixed.map((p) => ({ ...p, measures: new PairMeasures() }));
  const direct = fresh().map((p) => filter.check(p));
  const prepared = fresh();
  filter.prepare!(prepared);
  // A pair whose text changed after prepare is measured afresh, not given stale evidence.
  prepared[1]!.tgt = mixed[0]!.tgt;
  const results = prepared.map((p) => filter.check(p));
  assert.deepEqual(results[1], filter.check({ src: mixed[1]!.src, tgt: mixed[0]!.tgt }));
  results[1] = direct[1]!;
  assert.deepEqual(results, direct);
  assert.ok(direct.some((r) => !r.keep) && direct.some((r) => r.keep), 'both decisions occur');
});

test('long pairs read in smaller batches: the scratch a thread keeps stays a few MB, the evidence the same', async () => {
  // 300 words a side: 128 such pairs of a fold in one batch leave ~25 MB of scratch behind, bounded ~6 MB.
  const word = (k: number) => [k % 26, Math.floor(k / 26) % 26].map((d) => String.fromCharCode(97 + d)).join('');
  const rnd = lcg(11);
  const pair = () => {
    const ks = Array.from({ length: 300 }, () => Math.floor(rnd() * 600));
    return { src: ks.map((k) => `q${word(k)}`).join(' '), tgt: ks.map((k) => `z${word(k)}`).join(' ') };
  };
  const sample = Array.from({ length: 60 }, pair);
  const { model } = await trainAlignmentModel(sample, { srcLang: 'en', tgtLang: 'fr', srcMode: 'space', tgtMode: 'space', bits: 16, iterations: 1, folds: 2, stem: 4 });
  const long = Array.from({ length: 256 }, pair);
  releaseReadScratch();
  const batched = pairsEvidence(model, long);
  assert.ok(readScratchBytes() < 16e6, `scratch ${(readScratchBytes() / 1e6).toFixed(0)} MB`);
  // Every pair: the one that closes a batch (past READ_CELLS) opens the next with the tokens already split.
  long.forEach((p, i) => assert.deepEqual(batched[i], pairEvidence(model, p), `pair ${i}`));
  releaseReadScratch();
});

/**
 * The best-link agreement worked out from its definition, one (source, target) key pair at a time:
 * a key's best link is the first key of the other side (NULL aside) with the largest
 * count × weight of its direction, weight = multiplicity / (total + α).
 */
function agreementByDefinition(table: JointTable, S: Int32Array, W: Int32Array): [number[], number[]] {
  const alpha = Number(process.env.SLM_IBM1_ALPHA ?? 3);
  const keysOf = (ids: Int32Array) => {
    const keys = [0], count = [1];
    for (const x of ids) {
      if (x < 0) continue;
      const k = keys.indexOf(x + 1);
      if (k < 0) keys.push(x + 1), count.push(1);
      else count[k]!++;
    }
    return { keys, count };
  };
  const l = keysOf(S), r = keysOf(W);
  const lw = l.keys.map((k, u) => (1 / (table.fwdTotals[k]! + alpha || 1)) * l.count[u]!);
  const rw = r.keys.map((k, v) => (1 / (table.bwdTotals[k]! + alpha || 1)) * r.count[v]!);
  const mask = (1 << table.bits) - 1;
  const count = (q: number) => (q ? 2 ** ((q - 1) / 8 - 19) : 0);
  const cell = (u: number, v: number, forward: boolean) => {
    const lh = leftHash(l.keys[u]!), rh = rightHash(r.keys[v]!);
    const c = (lh + rh) & mask;
    const at = (c & 31) | ((c & ~31) << 1);
    return count(table.cells[forward ? at : at ^ (32 | ((lh ^ rh) >>> 27))]!);
  };
  const bestOfRight = r.keys.map((_, v) => {
    let best = -1, who = -1;
    for (let u = 1; v > 0 && u < l.keys.length; u++) if (cell(u, v, true) * lw[u]! > best) [best, who] = [cell(u, v, true) * lw[u]!, u];
    return who;
  });
  const bestOfLeft = l.keys.map((_, u) => {
    let best = 0, who = -1;
    for (let v = 1; u > 0 && v < r.keys.length; v++) if (cell(u, v, false) * rw[v]! > best) [best, who] = [cell(u, v, false) * rw[v]!, v];
    return who;
  });
  const flags = (ids: Int32Array, side: typeof l, mine: number[], theirs: number[]) => [...ids].map((x) => {
    if (x < 0) return 0;
    const k = side.keys.indexOf(x + 1);
    return mine[k]! > 0 && theirs[mine[k]!] === k ? 1 : 0;
  });
  return [flags(W, r, bestOfRight, bestOfLeft), flags(S, l, bestOfLeft, bestOfRight)];
}

test('the best links found in the scoring pass are those of their definition, read or direct, ties to the first', () => {
  const rnd = lcg(23);
  // Few distinct codes and equal totals: many equal products, so the order of the comparisons shows.
  const table = randomTable(12, rnd, 60, 60);
  for (let i = 0; i < table.cells.length; i++) table.cells[i] = [0, 40, 80, 81][Math.floor(rnd() * 4)]!;
  table.fwdTotals.fill(5);
  table.bwdTotals.fill(5);
  const base = new Float64Array(61).fill(0.001);
  const ids = (n: number, vocab: number) => Int32Array.from({ length: n }, () => (rnd() < 0.05 ? -1 : Math.floor(rnd() * vocab)));
  // Right sides of 0 to 13 tokens: every count of right keys left over by the scoring's blocks of rows.
  const S: Int32Array[] = [], W: Int32Array[] = [];
  for (let k = 0; k < 42; k++) {
    S.push(ids(k % 3 === 0 ? 0 : 1 + Math.floor(rnd() * 20), 60));
    W.push(ids(k % 14, 60));
  }
  const reader = new CellReader();
  reader.read(table, S, W, 60, 60);
  const fwd = new Uint8Array(600), bwd = new Uint8Array(600);
  let agreed = 0;
  for (let p = 0; p < S.length; p++) {
    const expected = agreementByDefinition(table, S[p]!, W[p]!);
    for (const read of [{ codes: reader.codes, at: reader.at[p]! }, undefined]) {
      ibm1ScoreBoth(table, S[p]!, W[p]!, 60, 60, base, base, undefined, undefined, 0.1, new Float64Array(600), new Float64Array(600), read);
      assert.ok(bestLinkAgreement(S[p]!, W[p]!, fwd, bwd));
      assert.deepEqual([[...fwd.slice(0, W[p]!.length)], [...bwd.slice(0, S[p]!.length)]], expected, `pair ${p}, ${read ? 'read' : 'direct'}`);
    }
    agreed += expected[0].filter(Boolean).length;
  }
  assert.ok(agreed > 20, `links agreed: ${agreed}`);
  // Over MAX_SRC tokens: not scored, no agreement.
  assert.equal(bestLinkAgreement(new Int32Array(600), new Int32Array(3), fwd, bwd), false);
});
