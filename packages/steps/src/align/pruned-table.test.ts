import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Corpus, bestLinkAgreement, cellOfHashes, ibm1ScoreBoth, ibm1ScorePruned, joinTables, leftHash, pruneTable, rightHash, trainIbm1 } from './ibm1.ts';

function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Both directions of a toy corpus: left ids 0..39, right ids 0..49, NULL first on each source side. */
function corpora(rnd: () => number, pairs: number): { fwd: Corpus; bwd: Corpus; S: Int32Array[]; W: Int32Array[] } {
  const ids = (n: number, vocab: number) => Int32Array.from({ length: n }, () => Math.floor(rnd() ** 2 * vocab));
  const S = Array.from({ length: pairs }, () => ids(1 + Math.floor(rnd() * 20), 40));
  const W = Array.from({ length: pairs }, () => ids(1 + Math.floor(rnd() * 20), 50));
  const withNull = (a: Int32Array) => Int32Array.from([0, ...Array.from(a, (x) => x + 1)]);
  return { fwd: { src: S.map(withNull), tgt: W, srcVocab: 41, srcIsLeft: true }, bwd: { src: W.map(withNull), tgt: S, srcVocab: 51, srcIsLeft: false }, S, W };
}

/** Each list of a pruned direction as [target id, code] pairs. */
function lists(t: ReturnType<typeof pruneTable>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (let s = 0; s + 1 < t.start.length; s++) out.push(Array.from(t.packed.subarray(t.start[s]!, t.start[s + 1]!), (e) => [(e >>> 8) - 1, e & 255]));
  return out;
}

test('a pruned direction keeps each source key\'s largest codes among the targets it co-occurs with, and each target\'s largest sources', () => {
  const { fwd } = corpora(lcg(5), 80);
  const table = trainIbm1(fwd, 10, 3);
  const mask = (1 << 10) - 1;
  const code = (s: number, w: number) => table.counts[cellOfHashes(leftHash(s), rightHash(w + 1), mask, true)]!;
  const co = Array.from({ length: 41 }, () => new Set<number>());
  fwd.src.forEach((S, p) => S.forEach((s) => fwd.tgt[p]!.forEach((w) => co[s]!.add(w))));
  for (const [keep, colKeep] of [[4, 0], [4, 2], [1000, 0]] as const) {
    const pruned = pruneTable(table, fwd, 50, keep, colKeep);
    const got = lists(pruned);
    assert.deepEqual(got[0], [], 'NULL has no list (its row is dense)');
    // Column tops: per target, the colKeep largest codes' sources.
    const colTop = new Map<number, Set<number>>();
    for (let w = 0; w < 50; w++) {
      const c = [];
      for (let s = 1; s < 41; s++) if (co[s]!.has(w) && code(s, w) > 0) c.push({ s, c: code(s, w) });
      c.sort((a, b) => b.c - a.c || a.s - b.s);
      colTop.set(w, new Set(c.slice(0, colKeep).map((x) => x.s)));
    }
    for (let s = 1; s < 41; s++) {
      const all = [...co[s]!].map((w) => code(s, w)).filter((c) => c > 0).sort((a, b) => b - a);
      const row = got[s]!;
      for (const [w, c] of row) {
        assert.equal(c, code(s, w), `code of (${s}, ${w})`);
        assert.ok(co[s]!.has(w));
      }
      const rowCodes = row.map(([, c]) => c);
      // Every code above the keep-th largest is listed; the list holds keep of the largest, plus column tops.
      const kth = all[Math.min(keep, all.length) - 1] ?? 0;
      for (const w of co[s]!) if (code(s, w) > kth) assert.ok(row.some(([x]) => x === w), `(${s}, ${w}) above the cut`);
      const inRowTop = row.filter(([w, c]) => c >= kth && !(colTop.get(w)!.has(s) && c < kth));
      assert.ok(inRowTop.length >= Math.min(keep, all.length));
      for (const [w, c] of row) assert.ok(c >= kth || colTop.get(w)!.has(s), `(${s}, ${w}) listed below the cut without being a column top: keep ${keep} col ${colKeep} c ${c} kth ${kth} row ${JSON.stringify(row)} top ${JSON.stringify([...colTop.get(w)!])}`);
      if (keep >= 1000) assert.equal(rowCodes.length, all.length);
    }
    for (let w = 0; w < 50; w++) if (fwd.tgt.some((W) => W.includes(w))) assert.equal(pruned.nullCodes[w + 1], code(0, w));
  }
});

test('a pruned direction cut by mass keeps the fewest largest codes holding that share of each key\'s count, at most keep', () => {
  const { fwd } = corpora(lcg(7), 120);
  const table = trainIbm1(fwd, 11, 3);
  const mask = (1 << 11) - 1;
  const code = (s: number, w: number) => table.counts[cellOfHashes(leftHash(s), rightHash(w + 1), mask, true)]!;
  // The count a code stands for (ibm1.ts's COUNT_OF_CODE: 8 codes an octave from 2^-19).
  const count = (c: number) => 2 ** ((c - 1) / 8 - 19);
  const co = Array.from({ length: 41 }, () => new Set<number>());
  fwd.src.forEach((S, p) => S.forEach((s) => fwd.tgt[p]!.forEach((w) => co[s]!.add(w))));
  let shorter = 0;
  for (const [keep, mass] of [[1000, 0.9], [6, 0.95], [1000, 0.5]] as const) {
    const got = lists(pruneTable(table, fwd, 50, keep, 0, mass));
    for (let s = 1; s < 41; s++) {
      const all = [...co[s]!].map((w) => code(s, w)).filter((c) => c > 0).sort((a, b) => b - a);
      const total = all.reduce((t, c) => t + count(c), 0);
      let n = 0;
      for (let sum = 0; n < all.length && sum < mass * total * (1 - 1e-12); n++) sum += count(all[n]!);
      if (all.length > 1) n = Math.max(1, n);
      n = Math.min(n, keep, all.length);
      const row = got[s]!.map(([, c]) => c).sort((a, b) => b - a);
      assert.deepEqual(row, all.slice(0, n), `key ${s} keep ${keep} mass ${mass}`);
      if (n < Math.min(keep, all.length)) shorter++;
    }
  }
  assert.ok(shorter > 20, 'the mass cut shortens lists the cap alone would keep');
});

test('with every co-occurring cell kept, pruned scoring gives the whole table\'s scores and best links on the training pairs', () => {
  const rnd = lcg(9);
  const { fwd, bwd, S, W } = corpora(rnd, 60);
  const bits = 12;
  const f = trainIbm1(fwd, bits, 3), b = trainIbm1(bwd, bits, 3);
  const joint = joinTables(f, b);
  const pf = pruneTable(f, fwd, 50, 1 << 20), pb = pruneTable(b, bwd, 40, 1 << 20);
  const tgtBase = Float64Array.from({ length: 50 }, () => 0.01 + rnd() * 0.05);
  const srcBase = Float64Array.from({ length: 40 }, () => 0.01 + rnd() * 0.05);
  for (let p = 0; p < S.length; p++) {
    const a1 = new Float64Array(64), a2 = new Float64Array(64), b1 = new Float64Array(64), b2 = new Float64Array(64);
    const full = ibm1ScoreBoth(joint, S[p]!, W[p]!, 40, 50, tgtBase, srcBase, undefined, undefined, 0.1, a1, a2);
    const fa = new Uint8Array(64), ba = new Uint8Array(64);
    bestLinkAgreement(S[p]!, W[p]!, fa, ba);
    const pruned = ibm1ScorePruned(pf, pb, S[p]!, W[p]!, 40, 50, tgtBase, srcBase, undefined, undefined, 0.1, b1, b2);
    const fp = new Uint8Array(64), bp = new Uint8Array(64);
    bestLinkAgreement(S[p]!, W[p]!, fp, bp);
    for (let d = 0; d < 2; d++) {
      assert.ok(Math.abs(full[d]!.score - pruned[d]!.score) < 1e-9, `pair ${p} direction ${d}: ${full[d]!.score} vs ${pruned[d]!.score}`);
      assert.equal(full[d]!.scored, pruned[d]!.scored);
    }
    // Best links: the same unless two products tie within rounding (none does on these pairs).
    assert.deepEqual([...fp], [...fa], `pair ${p} forward agreement`);
    assert.deepEqual([...bp], [...ba], `pair ${p} backward agreement`);
  }
});
