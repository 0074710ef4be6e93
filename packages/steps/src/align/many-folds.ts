/**
 * One direction of a many-fold fit (a sample under 2,000 pairs: ten folds)
 * as one worker task: the sample's EM cells listed once, each fold's EM on
 * them in turn, then every fold's per-token baselines in one pass, each fold
 * kept sparse (sparse-cells.ts). The same floats as training each fold on its
 * own: the same EM code (ibm1.ts's `foldEm`), and the baselines' sums in the
 * same order, only their additions of 0 (cells no pair used) left out.
 */
import { COUNT_OF_CODE, type Corpus, MAX_SRC, type SampleCells, cellOfHashes, countCode, foldEm, inFold, leftHash, markRepeats, rightHash, sampleCells, trainedTokenProbs } from './ibm1.ts';
import { type CellSet, addCell, codeAt, emptyCellSet, rankCells, rankOf } from './sparse-cells.ts';

/** What a direction task hands back: the used cells, and per fold its codes (in the set's rank order), totals and baselines. */
export interface FoldsDirection {
  set: CellSet;
  codes: Uint8Array[];
  totals: Float64Array[];
  bases: Float64Array[];
}

function shared(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/**
 * Trains the folds `heldOut` (of `folds`) of one direction of `corpus` (the
 * whole sample) in tables of 2^bits cells; `vocab` is the target side's
 * vocabulary (baselines).
 */
export function trainFoldsDirection(corpus: Corpus, bits: number, folds: number, heldOut: readonly number[], iterations: number, vocab: number): FoldsDirection {
  const set = usedCells(corpus, bits);
  const cells = sampleCells(corpus, bits, set, rankCells(set));
  const used = cells.cellOfSlot.length;
  const rankOfSlot = cells.cellOfSlot;
  const counts = new Float32Array(2 * used);
  const last = (iterations - 1) & 1;
  const codes: Uint8Array[] = [], totals: Float64Array[] = [];
  for (const h of heldOut) {
    const t = foldEm(corpus, cells, { folds, heldOut: h }, iterations, counts);
    const byRank = new Uint8Array(shared(used));
    for (let d = 0; d < used; d++) byRank[rankOfSlot[d]!] = countCode(counts[2 * d + last]!);
    codes.push(byRank);
    const kept = new Float64Array(shared(8 * corpus.srcVocab));
    kept.set(t);
    totals.push(kept);
  }
  const bases = foldBaselines(corpus, cells, set, rankOfSlot, folds, heldOut, codes, totals, vocab);
  return { set, codes, totals, bases };
}

/** The set of the cells `corpus`'s EM updates use (every pair of at most MAX_SRC source tokens), ranks not yet written. */
function usedCells(corpus: Corpus, bits: number): CellSet {
  const set = emptyCellSet(bits);
  const mask = (1 << bits) - 1;
  const hs = new Int32Array(MAX_SRC);
  const srcHash = corpus.srcIsLeft ? leftHash : rightHash, tgtHash = corpus.srcIsLeft ? rightHash : leftHash;
  for (let p = 0; p < corpus.src.length; p++) {
    const S = corpus.src[p]!, W = corpus.tgt[p]!;
    if (S.length > MAX_SRC) continue;
    for (let i = 0; i < S.length; i++) hs[i] = srcHash(S[i]!);
    for (let j = 0; j < W.length; j++) {
      const hw = tgtHash(W[j]! + 1);
      for (let i = 0; i < S.length; i++) addCell(set, cellOfHashes(hs[i]!, hw, mask, corpus.srcIsLeft));
    }
  }
  return set;
}

/**
 * ibm1.ts's `ibm1Baselines` of each fold (`heldOut[g]` held out, its codes
 * `codes[g]`, totals `totals[g]`) in one pass over the (source key, target)
 * cells: the cell's place is found once for every fold, and a cell no pair
 * used (most of them) is skipped — its code is 0, so the dense loop added
 * +0 there, which changes no sum. Each fold's sums take their other terms
 * in the dense loop's order (slice of the table, then source key).
 */
function foldBaselines(corpus: Corpus, cells: SampleCells, set: CellSet, rankOfSlot: Int32Array, folds: number, heldOut: readonly number[], codes: readonly Uint8Array[], totals: readonly Float64Array[], tgtVocab: number): Float64Array[] {
  const { src: S, tgt: W, srcVocab, srcIsLeft } = corpus;
  const G = heldOut.length;
  const mask = (1 << cells.bits) - 1;
  // Per fold: source weights, each target's own-source probability and occurrences (the fold's pairs in corpus order).
  const weight = heldOut.map(() => new Float64Array(srcVocab));
  const own = heldOut.map(() => new Float64Array(tgtVocab));
  const occurrences = heldOut.map(() => new Float64Array(tgtVocab));
  const pairs = heldOut.map(() => 0);
  let longest = 0;
  for (const Wp of W) longest = Math.max(longest, Wp.length);
  const buf = new Float64Array(longest);
  const codeOfSlot = new Uint8Array(rankOfSlot.length);
  heldOut.forEach((h, g) => {
    const fold = { folds, heldOut: h };
    for (let d = 0; d < codeOfSlot.length; d++) codeOfSlot[d] = codes[g]![rankOfSlot[d]!]!;
    for (let p = 0; p < S.length; p++) {
      if (!inFold(p, fold)) continue;
      pairs[g]++;
      const Sq = S[p]!, Wp = W[p]!;
      for (let i = 0; i < Sq.length; i++) weight[g]![Sq[i]!] += 1 / Sq.length;
      if (Sq.length <= MAX_SRC) trainedTokenProbs(totals[g]!, cells.slots, codeOfSlot, cells.first[p]!, Sq, Wp, buf);
      else setTokenProbs(set, codes[g]!, totals[g]!, mask, srcIsLeft, Sq, Wp, buf);
      for (let j = 0; j < Wp.length; j++) {
        if (Wp[j]! < 0) continue;
        own[g]![Wp[j]!] += buf[j]!;
        occurrences[g]![Wp[j]!] += 1;
      }
    }
  });
  // Targets present in any fold, in the order of their hashes (a fold's own are a subsequence: the same order).
  const present: number[] = [];
  for (let w = 0; w < tgtVocab; w++) if (occurrences.some((o) => o[w])) present.push(w);
  const tgtHash = (w: number) => (srcIsLeft ? rightHash(w + 1) : leftHash(w + 1));
  present.sort((x, y) => (tgtHash(x) & mask) - (tgtHash(y) & mask));
  const ids = Int32Array.from(present);
  const hw = ids.map(tgtHash);
  const n = ids.length;
  const low = hw.map((h) => h & mask);
  // Source keys of any fold (a key outside a fold has weight 0 there: its terms add 0), ascending as in the dense loop.
  const keys: number[] = [];
  for (let s = 0; s < srcVocab; s++) if (weight.some((x) => x[s])) keys.push(s);
  const m = keys.length;
  const hsOf = new Int32Array(m), wrapOf = new Int32Array(m), doneOf = new Int32Array(m);
  const scaleOf = new Float64Array(m * G);
  for (let u = 0; u < m; u++) {
    const s = keys[u]!;
    hsOf[u] = srcIsLeft ? leftHash(s) : rightHash(s);
    for (let g = 0; g < G; g++) scaleOf[u * G + g] = weight[g]![s]! / (totals[g]![s]! || 1);
    const room = mask - (hsOf[u]! & mask);
    let a = 0, b = n;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (low[mid]! > room) b = mid;
      else a = mid + 1;
    }
    wrapOf[u] = a;
  }
  const sumAll = new Float64Array(n * G);
  const slice = Math.min(mask + 1, 1 << 17);
  for (let end = slice; end <= mask + 1; end += slice) {
    for (let u = 0; u < m; u++) {
      const hs = hsOf[u]!, wrap = wrapOf[u]!, base = hs & mask;
      let d = doneOf[u]!;
      for (; d < n; d++) {
        const k = d < n - wrap ? wrap + d : d - (n - wrap);
        if (((base + low[k]!) & mask) >= end) break;
        const r = rankOf(set, cellOfHashes(hs, hw[k]!, mask, srcIsLeft));
        if (r < 0) continue;
        for (let g = 0; g < G; g++) {
          const code = codes[g]![r]!;
          if (code) sumAll[k * G + g] += COUNT_OF_CODE[code]! * scaleOf[u * G + g]!;
        }
      }
      doneOf[u] = d;
    }
  }
  return heldOut.map((_, g) => {
    const out = new Float64Array(shared(8 * tgtVocab));
    const N = pairs[g]!, occ = occurrences[g]!;
    for (let k = 0; k < n; k++) {
      const w = ids[k]!;
      if (!occ[w]) continue;
      const others = N > 1 ? (sumAll[k * G + g]! - own[g]![w]! / occ[w]!) / (N - 1) : sumAll[k * G + g]!;
      out[w] = Math.max(others, 1e-7);
    }
    return out;
  });
}

/** ibm1.ts's `ibm1TokenProbs` for a source side over MAX_SRC (no EM slots), its cells' codes looked up in the set. */
function setTokenProbs(set: CellSet, codes: Uint8Array, totals: Float64Array, mask: number, srcIsLeft: boolean, S: Int32Array, W: Int32Array, out: Float64Array): void {
  const firstOf = markRepeats(W);
  for (let j = 0; j < W.length; j++) {
    const w = W[j]!;
    const f = firstOf ? firstOf[j]! : j;
    if (f !== j) {
      out[j] = out[f]!;
      continue;
    }
    let acc = 0;
    if (w >= 0) {
      const hw = srcIsLeft ? rightHash(w + 1) : leftHash(w + 1);
      for (let i = 0; i < S.length; i++) {
        const hs = srcIsLeft ? leftHash(S[i]!) : rightHash(S[i]!);
        acc += COUNT_OF_CODE[codeAt(set, codes, cellOfHashes(hs, hw, mask, srcIsLeft))]! / (totals[S[i]!]! || 1);
      }
    }
    out[j] = acc / S.length;
  }
}
