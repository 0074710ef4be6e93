/**
 * IBM Model 1 (Brown et al. 1993) trained by EM on the corpus being cleaned —
 * nothing downloaded. Translation probabilities live in a hashed count table
 * (one byte per cell, indexed by a hash of the (source, target) token ids):
 * fixed memory (2^bits bytes a direction, 4 MB at the default 22 bits) whatever
 * the corpus size, at the price of a few colliding cells. t(w|s) = C[h(s,w)] /
 * total[s]. A fold's two directions are scored from one joint table
 * ({@link JointTable}) whose cache line holds both cells of a token pair.
 *
 * The score is a log-likelihood ratio per target token against the token's
 * probability under a random source sentence — how much better this source
 * explains the target than another would (a closed-form margin, as in LASER
 * margin scoring) — so it is on one scale for long and short, common and rare
 * sentences. Pairs of the training sample are scored by a model trained
 * without them (cross-fitting, see alignment-model.ts).
 */

import { type CellSet, type SparseCells, codeAt, rankOf, sparseCodes } from './sparse-cells.ts';

export interface Ibm1Table {
  bits: number;
  /** Expected counts C(s, w), hashed, as one-byte log codes (see `COUNT_OF_CODE`). */
  counts: Uint8Array;
  /** Σ_w C(s, w) per source id. */
  totals: Float64Array;
  /** Whether the source side is the left key of {@link cellOfHashes} (see {@link Corpus}). */
  srcIsLeft: boolean;
}

/**
 * Both directions of one fold in one array, laid out so that a (left, right)
 * token pair's forward cell and backward cell share a 64-byte line: a pair is
 * scored both ways with one cache line per (left, right) pair of distinct
 * tokens — half the random reads of two separate tables.
 */
export interface JointTable {
  bits: number;
  /** Blocks of 32 forward cells (low bits of the cell) each followed by its 32 backward cells (empty when {@link sparse} holds them). */
  cells: Uint8Array;
  /** A many-fold fit's codes of the used cells only (sparse-cells.ts); {@link CellReader} and {@link ibm1ScoreBoth} read those then. */
  sparse?: SparseCells;
  /** Totals of the direction whose source is the left side (forward) and of the other (backward). */
  fwdTotals: Float64Array;
  bwdTotals: Float64Array;
  /** The cells of the most frequent keys' pairs, copied out dense ({@link coreCells}); {@link CellReader} reads those there. */
  core?: CoreCells;
}

/**
 * A dense copy of a joint table's codes for every pair of a few frequent
 * keys per side (the "core"): word frequencies are Zipfian, so on the bench's
 * zh-Hans → en pairs the 724 most frequent keys a side (1 MB of codes) hold
 * ~65 % of the key pairs a pair reads. {@link CellReader} reads those straight
 * from this matrix (L2-sized, read row by row) instead of hashing, sorting and
 * gathering them from the 8 MB table. The codes are the table's own, the
 * colliding cells' included, so every sum is the same float.
 */
export interface CoreCells {
  /** Place of each left key (id + 1, NULL = 0) in a row of {@link codes}, −1 outside the core. */
  leftIndex: Int32Array;
  /** Row of each right key, −1 outside the core. */
  rightIndex: Int32Array;
  /** Left keys in the core: the length of a row. */
  width: number;
  /** At right index · width + left index: the forward code | the backward code << 8 (as {@link CellReader} reads them). */
  codes: Uint16Array;
}

/**
 * Index of each key of `keys` (keys of a side, each at most `vocab`) in a
 * shared array of `vocab + 1` entries, −1 for every other key: one such map
 * serves every fold's {@link CoreCells}.
 */
export function coreIndex(keys: Int32Array, vocab: number): Int32Array {
  const index = new Int32Array(sharedBuffer(4 * (vocab + 1))).fill(-1);
  for (let i = 0; i < keys.length; i++) index[keys[i]!] = i;
  return index;
}

/**
 * The {@link CoreCells} of `table` for the left keys `leftKeys` and the
 * right keys `rightKeys` (their maps from {@link coreIndex}), in shared
 * memory: the workers read it where it is, as they read the table.
 */
export function coreCells(table: JointTable, leftKeys: Int32Array, rightKeys: Int32Array, leftIndex: Int32Array, rightIndex: Int32Array): CoreCells {
  const mask = (1 << table.bits) - 1;
  const cells = table.cells;
  const width = leftKeys.length;
  const codes = new Uint16Array(sharedBuffer(2 * width * rightKeys.length));
  const lh = Int32Array.from(leftKeys, leftHash);
  const sparse = table.sparse;
  for (let r = 0; r < rightKeys.length; r++) {
    const rh = rightHash(rightKeys[r]!);
    for (let l = 0; l < width; l++) {
      const c = cellOfHashes(lh[l]!, rh, mask, true);
      const a = jointByte(c);
      const move = (lh[l]! ^ rh) >>> 27;
      codes[r * width + l] = sparse
        ? codeAt(sparse.fwd, sparse.fwdCodes, c) | (codeAt(sparse.bwd, sparse.bwdCodes, c ^ move) << 8)
        : cells[a]! | (cells[a ^ (32 | move)]! << 8);
    }
  }
  return { leftIndex, rightIndex, width, codes };
}

/** Longest side (tokens) Model 1 scores; longer sides are not scored. */
export const MAX_SRC = 512;

/*
 * Scoring reads |S|·|W| cells at random: with 4-byte cells a direction's table
 * (8 MB) missed the caches on most reads. One byte per cell keeps the same
 * cells (the same collisions) in a quarter of the memory; a count is kept to
 * within ±4.4 % (8 codes per octave from 2^−19 up to ~6,900, code 0 = none).
 * On the FLORES noisy sets this moved mean F1 by ≤ 0.001.
 */
const CODES_PER_OCTAVE = 8;
const LOWEST_LOG2 = -19;
/** Count of each code (a 2 KB table, always in cache). */
export const COUNT_OF_CODE = (() => {
  const d = new Float64Array(256);
  for (let q = 1; q < 256; q++) d[q] = 2 ** ((q - 1) / CODES_PER_OCTAVE + LOWEST_LOG2);
  return d;
})();

/** Nearest code of a count on the log scale (0 below 2^−19, 255 at the top). */
export function countCode(c: number): number {
  if (!(c > 0)) return 0;
  const q = Math.round((Math.log2(c) - LOWEST_LOG2) * CODES_PER_OCTAVE) + 1;
  return q < 1 ? 0 : Math.min(255, q);
}

/*
 * A cell is the sum of a hash of each side's key, masked: (L(x) + R(y)) & mask,
 * keys being ids shifted by one with NULL = 0 on both sides. Two distinct
 * pairs still meet with probability 2^−bits, but a pair's hashes are computed
 * once per distinct token (not once per cell), the inner loop is an add and a
 * mask, and the same cell serves both directions (JointTable).
 */
/** Hash of a left-side key (murmur3's finaliser, seeded apart from the right side's). */
export function leftHash(x: number): number {
  let h = Math.imul(x ^ 0x1b873593, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hash of a right-side key. */
export function rightHash(y: number): number {
  let h = Math.imul(y ^ 0x2545f491, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return h ^ (h >>> 16);
}

/**
 * Cell of a token pair in one direction's table, from the two keys' hashes:
 * (L + R) & mask for the forward direction (source = left); the backward
 * direction moves it within its block of 32 cells by 5 more bits of the two
 * hashes, so that two pairs sharing a forward cell share a backward one only
 * once in 32 times — the two directions' collisions stay independent, as with
 * two unrelated hashes — while both cells of a pair still lie in one cache
 * line of the joint table (see {@link jointByte}).
 */
export function cellOfHashes(lh: number, rh: number, mask: number, forward: boolean): number {
  const c = (lh + rh) & mask;
  return forward ? c : c ^ ((lh ^ rh) >>> 27);
}

/**
 * Byte of a forward cell in the joint table: blocks of 32 forward cells then
 * the same block's 32 backward cells, so a 64-byte line holds both.
 */
function jointByte(c: number): number {
  return (c & 31) | ((c & ~31) << 1);
}

const hsBuf = new Int32Array(MAX_SRC);
const invBuf = new Float64Array(MAX_SRC);

/** Open-addressing scratch (id → first position), stamped per sentence so it is never cleared. */
const REPEAT_SLOTS = 2 * MAX_SRC;
const repeatKey = new Int32Array(REPEAT_SLOTS);
const repeatPos = new Int32Array(REPEAT_SLOTS);
const repeatStamp = new Int32Array(REPEAT_SLOTS);
const firstBuf = new Int32Array(MAX_SRC);
let stamp = 0;

/**
 * Position of the first token equal to each token of `W` (its own position
 * when new), written into `out` (by default a shared scratch): a repeated
 * token's value is computed once and reused, the same number added in the
 * same order. Undefined for sentences over MAX_SRC.
 */
export function markRepeats(W: Int32Array, out: Int32Array = firstBuf): Int32Array | undefined {
  if (W.length > MAX_SRC) return undefined;
  if (++stamp === 0x7fffffff) {
    repeatStamp.fill(0);
    stamp = 1;
  }
  for (let j = 0; j < W.length; j++) {
    const w = W[j]!;
    let h = (Math.imul(w, 0x9e3779b1) >>> 0) % REPEAT_SLOTS;
    for (;;) {
      if (repeatStamp[h] !== stamp) {
        repeatStamp[h] = stamp;
        repeatKey[h] = w;
        repeatPos[h] = j;
        out[j] = j;
        break;
      }
      if (repeatKey[h] === w) {
        out[j] = repeatPos[h]!;
        break;
      }
      h = h + 1 === REPEAT_SLOTS ? 0 : h + 1;
    }
  }
  return out;
}

/**
 * Sentences as id arrays; source sentences start with the NULL id 0 (ids
 * shifted by one), target ids are not shifted. `srcIsLeft`: whether the
 * source language is the table's left key (the step's source language), so
 * both directions of a fold hash a token pair to the same cell.
 */
export interface Corpus {
  src: Int32Array[];
  tgt: Int32Array[];
  srcVocab: number;
  srcIsLeft: boolean;
}

/** Hash of a source key and of a (shifted) target id, for a direction whose source is left or right. */
function srcHash(key: number, srcIsLeft: boolean): number {
  return srcIsLeft ? leftHash(key) : rightHash(key);
}
function tgtHash(id: number, srcIsLeft: boolean): number {
  return srcIsLeft ? rightHash(id + 1) : leftHash(id + 1);
}

/** Memory handed between threads (a direction's table returned by a worker, the joint tables every worker reads): shared, so passing it copies nothing. */
function sharedBuffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/** Whether this runtime has SharedArrayBuffer (Node always has; a runtime that hides it fits every fold on its own cells). */
export function canShareCells(): boolean {
  return typeof SharedArrayBuffer === 'function';
}

/**
 * The hashed cell of every EM update (source position × target token, corpus
 * order), renumbered densely by first use. EM then walks this list and two
 * small dense count arrays instead of hashing into two 2^bits tables: the same
 * additions in the same order per cell (so the same floats), with far fewer
 * cache misses — a pair's new cells sit side by side.
 */
interface DenseCells {
  /** Dense slot of each update, in corpus order. */
  slots: Int32Array;
  /** Dense slot of each hashed cell, −1 when unused. */
  slotOfCell: Int32Array;
  used: number;
}

/**
 * Writes the dense slot of each EM update of `corpus` (pairs over MAX_SRC
 * skipped) into `slots`, in corpus order, numbering cells by first use in
 * `slotOfCell` (−1 = unseen); returns how many slots were used.
 */
function listSlots(corpus: Corpus, mask: number, slots: Int32Array, slotOfCell: Int32Array, set?: CellSet): number {
  const hs = new Int32Array(MAX_SRC);
  const srcFirst = new Int32Array(MAX_SRC);
  const tgtFirst = new Int32Array(MAX_SRC);
  let k = 0, used = 0;
  for (let p = 0; p < corpus.src.length; p++) {
    const S = corpus.src[p]!;
    const W = corpus.tgt[p]!;
    const n = S.length;
    if (n > MAX_SRC) continue;
    for (let i = 0; i < n; i++) hs[i] = srcHash(S[i]!, corpus.srcIsLeft);
    // A key pair met again in the pair (~30 % of the updates on the bench's pairs: a repeated source or
    // target token) has its cell, so its slot, a few positions back: copied from there instead of looked
    // up in the 2^bits map, a random read each (the first meeting numbered it, so the same numbering).
    markRepeats(S, srcFirst);
    const tgtRepeats = markRepeats(W, tgtFirst);
    for (let j = 0; j < W.length; j++, k += n) {
      const f = tgtRepeats ? tgtRepeats[j]! : j;
      if (f !== j) {
        slots.copyWithin(k, k - (j - f) * n, k - (j - f) * n + n);
        continue;
      }
      const hw = tgtHash(W[j]!, corpus.srcIsLeft);
      for (let i = 0; i < n; i++) {
        const e = srcFirst[i]!;
        if (e !== i) {
          slots[k + i] = slots[k + e]!;
          continue;
        }
        const c = set ? rankOf(set, cellOfHashes(hs[i]!, hw, mask, corpus.srcIsLeft)) : cellOfHashes(hs[i]!, hw, mask, corpus.srcIsLeft);
        let d = slotOfCell[c]!;
        if (d < 0) d = slotOfCell[c] = used++;
        slots[k + i] = d;
      }
    }
  }
  return used;
}

function denseCells(corpus: Corpus, mask: number): DenseCells {
  let updates = 0;
  for (let p = 0; p < corpus.src.length; p++) if (corpus.src[p]!.length <= MAX_SRC) updates += corpus.src[p]!.length * corpus.tgt[p]!.length;
  const slots = new Int32Array(updates);
  const slotOfCell = new Int32Array(mask + 1).fill(-1);
  const used = listSlots(corpus, mask, slots, slotOfCell);
  return { slots, slotOfCell, used };
}

/**
 * Trains t(w|s) with `iterations` EM rounds (uniform start) on all of
 * `corpus`, its own cells listed ({@link denseCells}). The previous and the
 * current round's count of a cell sit side by side (slot × 2 + round parity),
 * so reading one and adding to the other costs one cache miss. The fit of a
 * sample of two folds (every large input) trains each fold this way; a
 * many-fold fit runs {@link foldEm} per fold on the sample's shared cells
 * (many-folds.ts; same floats).
 */
export function trainIbm1(corpus: Corpus, bits: number, iterations: number): Ibm1Table {
  return trainIbm1Cells(corpus, bits, iterations).table;
}

/**
 * The cells of a corpus as its {@link trainIbm1} trained them: each EM update's
 * dense slot (corpus order, pairs over MAX_SRC skipped) and each slot's code
 * in the table — the code of the table cell that update hashes to, without
 * hashing it again ({@link ibm1Baselines} reads each pair's own cells so).
 */
export interface TrainedCells {
  slots: Int32Array;
  codeOfSlot: Uint8Array;
}

/** {@link trainIbm1}, with the cells it trained ({@link TrainedCells}). */
export function trainIbm1Cells(corpus: Corpus, bits: number, iterations: number): { table: Ibm1Table; cells: TrainedCells } {
  const size = 1 << bits;
  const { slots, slotOfCell, used } = denseCells(corpus, size - 1);
  const counts = new Float32Array(2 * used);
  let totals = new Float64Array(corpus.srcVocab);
  let prevTotals = new Float64Array(corpus.srcVocab);
  // The uniform first round and a repeated target token's reused denominator (uniformRound, emPair):
  // the same additions as the general round's, in the same order.
  for (let it = 0; it < iterations; it++) {
    const cur = it & 1;
    for (let x = cur; x < counts.length; x += 2) counts[x] = 0;
    totals.fill(0);
    let k = 0;
    for (let p = 0; p < corpus.src.length; p++) {
      const S = corpus.src[p]!;
      const W = corpus.tgt[p]!;
      if (S.length > MAX_SRC) continue;
      if (it === 0) uniformRound(S, W.length, slots, k, counts, totals);
      else emPair(S, W, slots, k, counts, cur, prevTotals, totals);
      k += S.length * W.length;
    }
    [totals, prevTotals] = [prevTotals, totals];
  }
  const last = (iterations - 1) & 1;
  const codeOfSlot = new Uint8Array(used);
  for (let d = 0; d < used; d++) codeOfSlot[d] = countCode(counts[2 * d + last]!);
  const table: Ibm1Table = { bits, counts: new Uint8Array(sharedBuffer(size)), totals: new Float64Array(sharedBuffer(8 * corpus.srcVocab)), srcIsLeft: corpus.srcIsLeft };
  for (let c = 0; c < size; c++) if (slotOfCell[c]! >= 0) table.counts[c] = codeOfSlot[slotOfCell[c]!]!;
  table.totals.set(prevTotals);
  return { table, cells: { slots, codeOfSlot } };
}

/**
 * The hashed cell of every EM update of a whole sample (source position ×
 * target token, corpus order), renumbered densely by first use, made once and
 * shared by every fold's training ({@link trainFoldIbm1} walks the pairs of its
 * fold). EM then walks this list and a small dense count array instead of
 * hashing into a 2^bits table: the same additions in the same order per cell
 * (so the same floats), with far fewer cache misses — a pair's new cells sit
 * side by side. Shared, not per fold: ten folds used to build ten copies
 * (each with a 2^bits map of cells to slots), most of the fit's memory.
 */
export interface SampleCells {
  bits: number;
  /** Dense slot of each update, in corpus order (shared memory). */
  slots: Int32Array;
  /** Index in `slots` of each pair's first update; a pair over MAX_SRC has none (`first[p] === first[p + 1]`). */
  first: Int32Array;
  /** Hashed cell of each dense slot (shared memory). */
  cellOfSlot: Int32Array;
}

/**
 * {@link SampleCells} of `corpus` for tables of 2^bits cells. Given the set
 * of the cells its updates use (`set`, many-folds.ts), the slots are the
 * same but `cellOfSlot` holds each slot's rank in the set, and the map from
 * cells to slots is one int per used cell instead of 2^bits (16 MB at 22 bits).
 */
export function sampleCells(corpus: Corpus, bits: number, set?: CellSet, setSize = 0): SampleCells {
  const mask = (1 << bits) - 1;
  const first = new Int32Array(sharedBuffer(4 * (corpus.src.length + 1)));
  let updates = 0;
  for (let p = 0; p < corpus.src.length; p++) {
    first[p] = updates;
    if (corpus.src[p]!.length <= MAX_SRC) updates += corpus.src[p]!.length * corpus.tgt[p]!.length;
  }
  first[corpus.src.length] = updates;
  const slots = new Int32Array(sharedBuffer(4 * updates));
  const slotOfCell = new Int32Array(set ? setSize : mask + 1).fill(-1);
  const used = listSlots(corpus, mask, slots, slotOfCell, set);
  const cellOfSlot = new Int32Array(sharedBuffer(4 * used));
  for (let c = 0; c < slotOfCell.length; c++) if (slotOfCell[c]! >= 0) cellOfSlot[slotOfCell[c]!] = c;
  return { bits, slots, first, cellOfSlot };
}

/** Which of a sample's pairs a fold's model trains on: every pair p with p mod `folds` ≠ `heldOut`. */
export interface FoldOf {
  folds: number;
  heldOut: number;
}

export function inFold(p: number, fold: FoldOf): boolean {
  return p % fold.folds !== fold.heldOut;
}

/** The pairs of `corpus` a fold trains on (the same arrays, not copies). */
export function foldCorpus(corpus: Corpus, fold: FoldOf): Corpus {
  const keep = (_: unknown, p: number) => inFold(p, fold);
  return { ...corpus, src: corpus.src.filter(keep), tgt: corpus.tgt.filter(keep) };
}

const tvals = new Float64Array(MAX_SRC);
const inv = new Float64Array(MAX_SRC);
const scaleOf = new Float64Array(MAX_SRC);

/**
 * The first EM round of a pair (uniform start): every t is 1, so each
 * target token's denominator is exactly n and each update adds 1/n, the
 * number the general round computes (1 · (1/n)), without reading a count.
 */
function uniformRound(S: Int32Array, targets: number, slots: Int32Array, k: number, counts: Float32Array, totals: Float64Array): void {
  const n = S.length;
  const r = 1 / n;
  for (let j = 0; j < targets; j++, k += n) {
    for (let i = 0; i < n; i++) {
      counts[2 * slots[k + i]!] += r;
      totals[S[i]!] += r;
    }
  }
}

/**
 * One EM round of a pair from the previous round's counts (parity
 * `cur ^ 1`) into the current one's. A target token repeated in the
 * sentence has the same cells, so the same t values and denominator: its
 * 1/denominator is taken from the first occurrence and only the additions
 * are made again (the same products, in the same order).
 */
function emPair(S: Int32Array, W: Int32Array, slots: Int32Array, k: number, counts: Float32Array, cur: number, prevTotals: Float64Array, totals: Float64Array): void {
  const n = S.length;
  const prev = cur ^ 1;
  for (let i = 0; i < n; i++) inv[i] = 1 / (prevTotals[S[i]!]! || 1);
  const firstOf = markRepeats(W);
  for (let j = 0; j < W.length; j++, k += n) {
    const f = firstOf ? firstOf[j]! : j;
    if (f !== j) {
      const r = scaleOf[f]!;
      if (r < 0) continue;
      for (let i = 0; i < n; i++) {
        const c = counts[2 * slots[k + i]! + prev]! * inv[i]! * r;
        counts[2 * slots[k + i]! + cur] += c;
        totals[S[i]!] += c;
      }
      continue;
    }
    let denom = 0;
    for (let i = 0; i < n; i++) {
      const t = counts[2 * slots[k + i]! + prev]! * inv[i]!;
      tvals[i] = t;
      denom += t;
    }
    const r = denom > 0 ? 1 / denom : -1;
    if (firstOf) scaleOf[j] = r;
    if (r < 0) continue;
    for (let i = 0; i < n; i++) {
      const c = tvals[i]! * r;
      counts[2 * slots[k + i]! + cur] += c;
      totals[S[i]!] += c;
    }
  }
}

/**
 * Trains t(w|s) with `iterations` EM rounds (uniform start) on the pairs of
 * `corpus` in `fold`, their cells read from `cells` (made of the same
 * corpus), as a dense table: the plain form that many-folds.ts's sparse
 * folds are tested against ({@link foldEm} is its EM). The previous and the current round's count of a slot sit side by
 * side (slot × 2 + round parity), so reading one and adding to the other
 * costs one cache miss.
 */
export function trainFoldIbm1(corpus: Corpus, cells: SampleCells, fold: FoldOf, iterations: number): Ibm1Table {
  const { bits, cellOfSlot } = cells;
  const counts = new Float32Array(2 * cellOfSlot.length);
  const totals = foldEm(corpus, cells, fold, iterations, counts);
  const last = (iterations - 1) & 1;
  // A slot only the held-out pairs use keeps a count of 0: code 0, as a cell no pair uses.
  const table: Ibm1Table = { bits, counts: new Uint8Array(1 << bits), totals: new Float64Array(sharedBuffer(8 * corpus.srcVocab)), srcIsLeft: corpus.srcIsLeft };
  for (let d = 0; d < cellOfSlot.length; d++) table.counts[cellOfSlot[d]!] = countCode(counts[2 * d + last]!);
  table.totals.set(totals);
  return table;
}

/**
 * The EM rounds of {@link trainFoldIbm1} in `counts` (2 × the slots of
 * `cells`, any content; slot d's final count at 2d + ((iterations − 1) & 1)):
 * returns the final totals. A many-fold task trains its folds one after the
 * other in one `counts` (many-folds.ts).
 */
export function foldEm(corpus: Corpus, cells: SampleCells, fold: FoldOf, iterations: number, counts: Float32Array): Float64Array {
  const { slots, first } = cells;
  let totals = new Float64Array(corpus.srcVocab);
  let prevTotals = new Float64Array(corpus.srcVocab);
  for (let it = 0; it < iterations; it++) {
    const cur = it & 1;
    for (let x = cur; x < counts.length; x += 2) counts[x] = 0;
    totals.fill(0);
    for (let p = 0; p < corpus.src.length; p++) {
      const S = corpus.src[p]!;
      if (S.length > MAX_SRC || !inFold(p, fold)) continue;
      if (it === 0) uniformRound(S, corpus.tgt[p]!.length, slots, first[p]!, counts, totals);
      else emPair(S, corpus.tgt[p]!, slots, first[p]!, counts, cur, prevTotals, totals);
    }
    [totals, prevTotals] = [prevTotals, totals];
  }
  return prevTotals;
}

/**
 * Additive smoothing of t(w|s) towards the token's baseline when scoring:
 * (C(s,w) + α·b(w)) / (total(s) + α). Rare source tokens (a few counts) then
 * no longer give any target word a large probability by chance.
 */
// α = 3 (was 1): on the FLORES dev sets it separated translations from random pairs a little better.
const ALPHA = Number(process.env.SLM_IBM1_ALPHA ?? 3);

/** p(w | S) = mean over source tokens of t(w | s), for each target token. */
export function ibm1TokenProbs(table: Ibm1Table, S: Int32Array, W: Int32Array, out: Float64Array): void {
  const mask = (1 << table.bits) - 1;
  const { counts, totals } = table;
  const n = Math.min(S.length, MAX_SRC);
  for (let i = 0; i < n; i++) {
    hsBuf[i] = srcHash(S[i]!, table.srcIsLeft);
    invBuf[i] = totals[S[i]!]! || 1;
  }
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
      const hw = tgtHash(w, table.srcIsLeft);
      const fw = table.srcIsLeft;
      if (n === S.length) for (let i = 0; i < n; i++) acc += COUNT_OF_CODE[counts[cellOfHashes(hsBuf[i]!, hw, mask, fw)]!]! / invBuf[i]!;
      else for (let i = 0; i < S.length; i++) acc += COUNT_OF_CODE[counts[cellOfHashes(srcHash(S[i]!, fw), hw, mask, fw)]!]! / (totals[S[i]!]! || 1);
    }
    out[j] = acc / S.length;
  }
}

/**
 * {@link ibm1TokenProbs} of a pair `corpus`'s {@link trainIbm1Cells} trained
 * (S at most MAX_SRC tokens), its updates from `k` on in `slots`: each
 * cell's code read through its slot instead of hashing the key pair into the
 * table (the same code, the same sums in the same order).
 */
export function trainedTokenProbs(totals: Float64Array, slots: Int32Array, codeOfSlot: Uint8Array, k: number, S: Int32Array, W: Int32Array, out: Float64Array): void {
  const n = S.length;
  for (let i = 0; i < n; i++) invBuf[i] = totals[S[i]!]! || 1;
  const firstOf = markRepeats(W);
  for (let j = 0; j < W.length; j++, k += n) {
    const f = firstOf ? firstOf[j]! : j;
    if (f !== j) {
      out[j] = out[f]!;
      continue;
    }
    let acc = 0;
    if (W[j]! >= 0) for (let i = 0; i < n; i++) acc += COUNT_OF_CODE[codeOfSlot[slots[k + i]!]!]! / invBuf[i]!;
    out[j] = acc / n;
  }
}

/**
 * Each target token's baseline p(w | S') for S' a random other source
 * sentence of the corpus: 0 for a token no target sentence holds, at least
 * 1e-7 otherwise. It is the limit of averaging p(w | S_q) over ever more
 * random other sources q per occurrence of w, computed directly:
 * Σ_q p(w | S_q) = Σ_s c(s)·t(w|s) with c(s) = Σ_q count_q(s)/|S_q|, then
 * each occurrence's own source taken out, as a draw of it was:
 * (Σ_q p(w | S_q) − p(w | S_p)) / (N − 1) averaged over w's occurrences p.
 * The sum runs over every (s, w), not only the pairs that co-occur: at the
 * table's load the hash collisions of the others are most of a rare token's
 * baseline (with the mean cell in their place, baselines moved ±30 %, more
 * than 24 random draws did). |source vocabulary| × |target vocabulary| reads
 * instead of a sentence pair's |S|·|W| per draw, and no sampling noise.
 */
export function ibm1Baselines(table: Ibm1Table, corpus: Corpus, tgtVocab: number, trained?: TrainedCells): Float64Array {
  const { src: S, tgt: W, srcVocab } = corpus;
  const N = S.length;
  const mask = (1 << table.bits) - 1;
  const { counts, totals, srcIsLeft } = table;
  const weight = new Float64Array(srcVocab);
  for (const Sq of S) for (let i = 0; i < Sq.length; i++) weight[Sq[i]!] += 1 / Sq.length;
  const own = new Float64Array(tgtVocab);
  const occurrences = new Float64Array(tgtVocab);
  let longest = 0;
  for (const Wp of W) longest = Math.max(longest, Wp.length);
  const buf = new Float64Array(longest);
  for (let p = 0, k = 0; p < N; p++) {
    const Wp = W[p]!;
    if (trained && S[p]!.length <= MAX_SRC) {
      trainedTokenProbs(table.totals, trained.slots, trained.codeOfSlot, k, S[p]!, Wp, buf);
      k += S[p]!.length * Wp.length;
    } else ibm1TokenProbs(table, S[p]!, Wp, buf);
    for (let j = 0; j < Wp.length; j++) {
      if (Wp[j]! < 0) continue;
      own[Wp[j]!] += buf[j]!;
      occurrences[Wp[j]!] += 1;
    }
  }
  // The target tokens present, in the order of their hashes: for one source key the reads then walk the table one way.
  const present: number[] = [];
  for (let w = 0; w < tgtVocab; w++) if (occurrences[w]) present.push(w);
  present.sort((x, y) => (tgtHash(x, srcIsLeft) & mask) - (tgtHash(y, srcIsLeft) & mask));
  const ids = Int32Array.from(present);
  // Whole hashes: the backward cell also reads their top bits (cellOfHashes).
  const hw = ids.map((w) => tgtHash(w, srcIsLeft));
  const n = ids.length;
  const low = hw.map((h) => h & mask);
  // Per source key: its hash, c(s)/total(s), where its cells wrap round the table, and the reads done so far.
  const keys: number[] = [];
  for (let s = 0; s < srcVocab; s++) if (weight[s]) keys.push(s);
  const m = keys.length;
  const hsOf = new Int32Array(m), scaleOf = new Float64Array(m), wrapOf = new Int32Array(m), doneOf = new Int32Array(m);
  for (let u = 0; u < m; u++) {
    const s = keys[u]!;
    hsOf[u] = srcHash(s, srcIsLeft);
    scaleOf[u] = weight[s]! / (totals[s]! || 1);
    const room = mask - (hsOf[u]! & mask);
    let a = 0, b = n;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (low[mid]! > room) b = mid;
      else a = mid + 1;
    }
    wrapOf[u] = a;
  }
  // A source key's cells, in the targets' hash order from its wrap point, go up the table: the table is
  // read a slice (a multiple of 32 cells, so a backward cell stays in its forward cell's slice) at a time,
  // each key's reads in the slice in one run, so the slice stays in cache.
  const sumAll = new Float64Array(n);
  const slice = Math.min(mask + 1, 1 << 17);
  for (let end = slice; end <= mask + 1; end += slice) {
    for (let u = 0; u < m; u++) {
      const hs = hsOf[u]!, scale = scaleOf[u]!, wrap = wrapOf[u]!, base = hs & mask;
      let d = doneOf[u]!;
      for (; d < n; d++) {
        const k = d < n - wrap ? wrap + d : d - (n - wrap);
        if (((base + low[k]!) & mask) >= end) break;
        sumAll[k] += COUNT_OF_CODE[counts[cellOfHashes(hs, hw[k]!, mask, srcIsLeft)]!]! * scale;
      }
      doneOf[u] = d;
    }
  }
  const out = new Float64Array(tgtVocab);
  for (let k = 0; k < ids.length; k++) {
    const w = ids[k]!;
    const others = N > 1 ? (sumAll[k]! - own[w]! / occurrences[w]!) / (N - 1) : sumAll[k]!;
    out[w] = Math.max(others, 1e-7);
  }
  return out;
}

/** Interleaves a fold's forward (source = left) and backward table into one {@link JointTable}. */
export function joinTables(fwd: Ibm1Table, bwd: Ibm1Table): JointTable {
  const size = 1 << fwd.bits;
  const cells = new Uint8Array(sharedBuffer(2 * size));
  const f = fwd.counts, b = bwd.counts;
  for (let c = 0; c < size; c++) {
    cells[jointByte(c)] = f[c]!;
    cells[jointByte(c) | 32] = b[c]!;
  }
  return { bits: fwd.bits, cells, fwdTotals: fwd.totals, bwdTotals: bwd.totals };
}

/**
 * A fold's joint table as dense bytes (the {@link JointTable} layout), its
 * sparse codes spread out when it has them: to compare fits and hash them.
 */
export function jointCells(table: JointTable): Uint8Array {
  if (!table.sparse) return table.cells;
  const { fwd, bwd, fwdCodes, bwdCodes } = table.sparse;
  const cells = new Uint8Array(2 << table.bits);
  for (let c = 0; c < 1 << table.bits; c++) {
    cells[jointByte(c)] = codeAt(fwd, fwdCodes, c);
    cells[jointByte(c) | 32] = codeAt(bwd, bwdCodes, c);
  }
  return cells;
}

/** One side of a pair as distinct keys (ids + 1, NULL = 0 first), with each key's multiplicity. */
class Side {
  keys = new Int32Array(MAX_SRC + 1);
  count = new Float64Array(MAX_SRC + 1);
  hash = new Int32Array(MAX_SRC + 1);
  /** Multiplicity × 1/(total + α) of each key as a source; Σ of 1/(total + α) over positions. */
  weight = new Float64Array(MAX_SRC + 1);
  /** Each key's accumulated Σ C·weight as a target, then its term. */
  acc = new Float64Array(MAX_SRC + 1);
  n = 0;
  /** Positions as source (NULL included). */
  positions = 0;
  sumInv = 0;
  /** Distinct index of each key (valid where `stampOf[key] === stamp`), grown with the vocabulary. */
  slotOf = new Int32Array(0);
  stampOf = new Int32Array(0);
  stamp = 0;

  /**
   * Reads `ids` (−1 unknown: left out, as from the source side) into distinct
   * keys, with their hashes unless `hashes` is false (codes read beforehand).
   */
  load(ids: Int32Array, vocab: number, left: boolean, hashes = true): void {
    if (this.slotOf.length < vocab + 1) {
      this.slotOf = new Int32Array(vocab + 1);
      this.stampOf = new Int32Array(vocab + 1);
      this.stamp = 0;
    }
    if (++this.stamp === 0x7fffffff) {
      this.stampOf.fill(0);
      this.stamp = 1;
    }
    this.n = 0;
    this.positions = 0;
    this.add(0, left, hashes);
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) this.add(ids[i]! + 1, left, hashes);
  }

  private add(key: number, left: boolean, hashes: boolean): void {
    this.positions++;
    if (this.stampOf[key] === this.stamp) {
      this.count[this.slotOf[key]!]++;
      return;
    }
    const u = this.n++;
    this.stampOf[key] = this.stamp;
    this.slotOf[key] = u;
    this.keys[u] = key;
    this.count[u] = 1;
    if (hashes) this.hash[u] = left ? leftHash(key) : rightHash(key);
    this.acc[u] = 0;
  }

  /** Source weights from this side's totals (as the source of its direction). */
  weigh(totals: Float64Array): void {
    let sum = 0;
    for (let u = 0; u < this.n; u++) {
      const inv = 1 / (totals[this.keys[u]!]! + ALPHA || 1);
      sum += inv * this.count[u]!;
      this.weight[u] = inv * this.count[u]!;
    }
    this.sumInv = sum;
  }
}

const leftSide = new Side();
const rightSide = new Side();
/** A pair's codes from a sparse table, scored directly (a pair not read beforehand). */
let sparseScratch = new Uint16Array(0);

/** One direction's result: mean term and tokens scored (undefined: none scored). */
export type DirectionResult = { score: number; scored: number } | undefined;

/**
 * Mean log-likelihood ratio of the target tokens given the source, both
 * ways (`S` the left side's ids, `W` the right side's, unshifted, −1 unknown):
 * per target token log((p + λb) / ((1 + λ) b)) against its `baseline` b =
 * p(w | random source), so bounded below by log λ/(1+λ) and one odd word
 * cannot sink a pair. Tokens the model never saw (baseline 0) are skipped;
 * `…Identical` marks a token that also appears verbatim on the other side
 * (numbers, names) as a sure link. Each direction's result is undefined when
 * no token could be scored; `fwdTerms` / `bwdTerms` receive each position's
 * term (NaN: not scored), for the position-wise coverage features.
 *
 * One pass over the joint table: one read per (left, right) pair of distinct
 * tokens gives C(right | left) and C(left | right), and a repeated source
 * token counts with its multiplicity. The same pass keeps each key's best
 * link for {@link bestLinkAgreement}.
 */
export function ibm1ScoreBoth(
  table: JointTable,
  S: Int32Array,
  W: Int32Array,
  srcVocab: number,
  tgtVocab: number,
  tgtBase: Float64Array,
  srcBase: Float64Array,
  fwdIdentical: Uint8Array | undefined,
  bwdIdentical: Uint8Array | undefined,
  lambda: number,
  fwdTerms: Float64Array,
  bwdTerms: Float64Array,
  read?: { codes: Uint16Array; at: number },
): [DirectionResult, DirectionResult] {
  if (S.length > MAX_SRC || W.length > MAX_SRC) return [undefined, undefined];
  const L = leftSide, R = rightSide;
  L.load(S, srcVocab, true, !read);
  R.load(W, tgtVocab, false, !read);
  L.weigh(table.fwdTotals);
  R.weigh(table.bwdTotals);
  if (read) sumReadCells(L, R, read.codes, read.at);
  else if (table.sparse) {
    if (sparseScratch.length < L.n * R.n) sparseScratch = new Uint16Array(L.n * R.n);
    sparseCodes(table.sparse, L.hash, L.n, R.hash, R.n, sparseScratch, 0);
    sumReadCells(L, R, sparseScratch, 0);
  } else sumCells(table, L, R);
  return [termsOf(W, R, L, tgtBase, fwdIdentical, lambda, fwdTerms), termsOf(S, L, R, srcBase, bwdIdentical, lambda, bwdTerms)];
}

/**
 * Each distinct key's most probable link on the other side (slot, −1: none),
 * found by {@link ibm1ScoreBoth} in its pass over the cells, and the weight of
 * each left key's best link so far.
 */
const bestOfRight = new Int32Array(MAX_SRC + 1);
const bestOfLeft = new Int32Array(MAX_SRC + 1);
const bestLeftValue = new Float64Array(MAX_SRC + 1);

/**
 * After {@link ibm1ScoreBoth} of the same pair (its sides and best links
 * still in place): flags each position of `W` (`fwdOut`) and of `S`
 * (`bwdOut`) whose token's most probable link — largest t(w | s) over the
 * source tokens, largest t(s | w) over the target tokens, NULL aside — is
 * reciprocated by the other direction's (the intersection of the two Viterbi
 * alignments of Model 1). Chance links of two unrelated sentences rarely pick
 * each other; a translation's do, even where Model 1 knows its words too
 * little to give them a clear term. The links come from the scoring's own
 * pass (the same products it sums, compared in the same order): a pass of
 * their own read every cell a second time (~13 % of the alignment check's
 * CPU). False when the pair was not scored.
 */
export function bestLinkAgreement(S: Int32Array, W: Int32Array, fwdOut: Uint8Array, bwdOut: Uint8Array): boolean {
  if (S.length > MAX_SRC || W.length > MAX_SRC) return false;
  markReciprocated(W, rightSide, bestOfRight, bestOfLeft, fwdOut);
  markReciprocated(S, leftSide, bestOfLeft, bestOfRight, bwdOut);
  return true;
}

/** Flags each position of `ids` (loaded as `side`) whose key's best link on the other side links back to it. */
function markReciprocated(ids: Int32Array, side: Side, bestOfThis: Int32Array, bestOfOther: Int32Array, out: Uint8Array): void {
  for (let i = 0; i < ids.length; i++) {
    const x = ids[i]!;
    if (x < 0 || side.stampOf[x + 1] !== side.stamp) {
      out[i] = 0;
      continue;
    }
    const slot = side.slotOf[x + 1]!;
    const other = bestOfThis[slot]!;
    out[i] = other > 0 && bestOfOther[other] === slot ? 1 : 0;
  }
}

/*
 * Both sums below also keep each key's best link ({@link bestLinkAgreement}):
 * per right key the left key (NULL aside) of the largest forward product
 * C·weight, per left key the right key of the largest backward one, the
 * first of equal ones — the very products they add.
 */

/** Σ C·weight of every (left, right) pair of distinct keys, both ways, read from the joint table, with the best links. */
function sumCells(table: JointTable, L: Side, R: Side): void {
  const mask = (1 << table.bits) - 1;
  const cells = table.cells;
  const nl = L.n, nr = R.n;
  const lh = L.hash, lw = L.weight, lacc = L.acc;
  bestOfLeft.fill(-1, 0, nl);
  bestLeftValue.fill(0, 0, nl);
  // Right tokens outer: the forward sum of a right token stays in a register, the backward sums are per left token.
  for (let v = 0; v < nr; v++) {
    const hv = R.hash[v]!;
    const wv = R.weight[v]!;
    let f = 0;
    let bf = -1, bu = -1;
    for (let u = 0; u < nl; u++) {
      const h = lh[u]!;
      const c = (h + hv) & mask;
      const at = (c & 31) | ((c & ~31) << 1);
      const fp = COUNT_OF_CODE[cells[at]!]! * lw[u]!;
      const bp = COUNT_OF_CODE[cells[at ^ (32 | ((h ^ hv) >>> 27))]!]! * wv;
      f += fp;
      lacc[u] += bp;
      if (u === 0 || v === 0) continue;
      if (fp > bf) {
        bf = fp;
        bu = u;
      }
      if (bp > bestLeftValue[u]!) {
        bestLeftValue[u] = bp;
        bestOfLeft[u] = v;
      }
    }
    R.acc[v] = f;
    bestOfRight[v] = bu;
  }
}

/**
 * {@link sumCells} from codes read beforehand ({@link CellReader}: per key
 * pair the forward code | the backward code << 8, right keys outer, left
 * keys inner): the same products added in the same order, so the same floats
 * and the same best links.
 */
function sumReadCells(L: Side, R: Side, codes: Uint16Array, at: number): void {
  const nl = L.n, nr = R.n;
  const lw = L.weight, lacc = L.acc;
  bestOfLeft.fill(-1, 0, nl);
  bestLeftValue.fill(0, 0, nl);
  // The right NULL (v = 0) links nothing: sums only.
  const w0 = R.weight[0]!;
  let f0 = 0;
  for (let u = 0; u < nl; u++) {
    const both = codes[at + u]!;
    f0 += COUNT_OF_CODE[both & 255]! * lw[u]!;
    lacc[u] += COUNT_OF_CODE[both >>> 8]! * w0;
  }
  R.acc[0] = f0;
  bestOfRight[0] = -1;
  // Four right keys at a time: four independent forward sums, and each left key's backward sum and best
  // link still take right key v before v + 1 (the same additions and comparisons in the same order).
  let v = 1;
  for (; v + 3 < nr; v += 4) {
    const wa = R.weight[v]!, wb = R.weight[v + 1]!, wc = R.weight[v + 2]!, wd = R.weight[v + 3]!;
    const ka = at + v * nl, kb = ka + nl, kc = kb + nl, kd = kc + nl;
    // The left NULL (u = 0) links nothing either.
    const a0 = codes[ka]!, b0 = codes[kb]!, c0 = codes[kc]!, d0 = codes[kd]!;
    const l0 = lw[0]!;
    let fa = COUNT_OF_CODE[a0 & 255]! * l0, fb = COUNT_OF_CODE[b0 & 255]! * l0, fc = COUNT_OF_CODE[c0 & 255]! * l0, fd = COUNT_OF_CODE[d0 & 255]! * l0;
    lacc[0] = lacc[0]! + COUNT_OF_CODE[a0 >>> 8]! * wa + COUNT_OF_CODE[b0 >>> 8]! * wb + COUNT_OF_CODE[c0 >>> 8]! * wc + COUNT_OF_CODE[d0 >>> 8]! * wd;
    let bfa = -1, bua = -1, bfb = -1, bub = -1, bfc = -1, buc = -1, bfd = -1, bud = -1;
    for (let u = 1; u < nl; u++) {
      const ca = codes[ka + u]!, cb = codes[kb + u]!, cc = codes[kc + u]!, cd = codes[kd + u]!;
      const lwu = lw[u]!;
      const fpa = COUNT_OF_CODE[ca & 255]! * lwu, fpb = COUNT_OF_CODE[cb & 255]! * lwu, fpc = COUNT_OF_CODE[cc & 255]! * lwu, fpd = COUNT_OF_CODE[cd & 255]! * lwu;
      const bpa = COUNT_OF_CODE[ca >>> 8]! * wa, bpb = COUNT_OF_CODE[cb >>> 8]! * wb, bpc = COUNT_OF_CODE[cc >>> 8]! * wc, bpd = COUNT_OF_CODE[cd >>> 8]! * wd;
      fa += fpa;
      fb += fpb;
      fc += fpc;
      fd += fpd;
      lacc[u] = lacc[u]! + bpa + bpb + bpc + bpd;
      if (fpa > bfa) {
        bfa = fpa;
        bua = u;
      }
      if (fpb > bfb) {
        bfb = fpb;
        bub = u;
      }
      if (fpc > bfc) {
        bfc = fpc;
        buc = u;
      }
      if (fpd > bfd) {
        bfd = fpd;
        bud = u;
      }
      let best = bestLeftValue[u]!, who = -1;
      if (bpa > best) {
        best = bpa;
        who = v;
      }
      if (bpb > best) {
        best = bpb;
        who = v + 1;
      }
      if (bpc > best) {
        best = bpc;
        who = v + 2;
      }
      if (bpd > best) {
        best = bpd;
        who = v + 3;
      }
      if (who >= 0) {
        bestLeftValue[u] = best;
        bestOfLeft[u] = who;
      }
    }
    R.acc[v] = fa;
    R.acc[v + 1] = fb;
    R.acc[v + 2] = fc;
    R.acc[v + 3] = fd;
    bestOfRight[v] = bua;
    bestOfRight[v + 1] = bub;
    bestOfRight[v + 2] = buc;
    bestOfRight[v + 3] = bud;
  }
  for (; v < nr; v++) {
    const wv = R.weight[v]!;
    let k = at + v * nl;
    const both0 = codes[k++]!;
    let f = COUNT_OF_CODE[both0 & 255]! * lw[0]!;
    lacc[0] += COUNT_OF_CODE[both0 >>> 8]! * wv;
    let bf = -1, bu = -1;
    for (let u = 1; u < nl; u++, k++) {
      const both = codes[k]!;
      const fp = COUNT_OF_CODE[both & 255]! * lw[u]!;
      const bp = COUNT_OF_CODE[both >>> 8]! * wv;
      f += fp;
      lacc[u] += bp;
      if (fp > bf) {
        bf = fp;
        bu = u;
      }
      if (bp > bestLeftValue[u]!) {
        bestLeftValue[u] = bp;
        bestOfLeft[u] = v;
      }
    }
    R.acc[v] = f;
    bestOfRight[v] = bu;
  }
}

/** Forward cells per bucket of {@link CellReader}'s counting sort: 2^7, i.e. 256 bytes of the joint table, four cache lines. */
const BUCKET_CELL_BITS = 7;
const IN_BUCKET = (1 << BUCKET_CELL_BITS) - 1;
/** Largest table {@link CellReader} reads (its bucket counts, 2^(bits − 7) ints, stay small). */
export const READER_MAX_BITS = 25;
/** Key pairs one {@link CellReader.read} can sort: a cell's position in the batch keeps 20 bits of its sort word. */
const READER_MAX_CELLS = 1 << 20;

/**
 * Reads the joint-table cells that {@link ibm1ScoreBoth} needs for a batch
 * of pairs in address order. Pair by pair the reads jump across the whole
 * table (8 MB at 22 bits): nearly every one missed the TLB and the caches,
 * one after the other. Sorted (a counting sort by 256-byte bucket), a
 * batch's reads walk the table once. The codes land in the order
 * {@link ibm1ScoreBoth} adds them (`read.at` of each pair: one code pair per
 * key pair, right keys outer, left keys inner), so its sums are unchanged.
 *
 * The sort keeps its memory traffic small: it holds only each pair's key
 * hashes (a few hundred bytes a pair), from which it works out the cells
 * twice — once to count the buckets, once to scatter — instead of writing
 * every cell down and reading it back; and a cell moves as one 32-bit word
 * (its position in the batch, its offset within its bucket and its backward
 * cell's move), the bucket being where it lands. A key pair's two codes land
 * as one 16-bit write: 6 bytes of scratch a key pair instead of 14, so a
 * batch twice as large (one pass over the table for twice the pairs) holds
 * less memory than before (alignment-model.ts's READ_BATCH).
 *
 * A table with a {@link CoreCells} core skips all that for the key pairs of
 * two core keys (~65 % of them on the bench's pairs): their codes are copied
 * from the core's matrix into the same places, and only the rest are sorted
 * and gathered (the read 0.63–0.65× the CPU, bench/clean/README.md, branch
 * `dense`).
 */
export class CellReader {
  /** Sort words in bucket order: position << 12 | backward move << 7 | the cell's offset in its bucket. */
  private sorted = new Int32Array(1 << 15);
  /**
   * Per read pair, left keys then right keys (right keys outer when listing
   * cells): each left key's hash, those outside the core first, with its
   * slot in the pair ({@link slots}) and place in a core row ({@link coreOf},
   * core keys only), then each right key's hash and core row (−1: outside).
   */
  private hashes = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 12);
  private coreOf = new Int32Array(1 << 12);
  /** Per read pair: distinct left keys, distinct right keys, left keys outside the core. */
  private keyCounts: number[] = [];
  /** Cells per bucket (shifted by one), then each bucket's next slot in {@link sorted}, then its end. */
  private bucketStart = new Int32Array(0);
  /** Per key pair: forward code | backward code << 8. */
  codes = new Uint16Array(1 << 15);

  /** Bytes of scratch held (it grows to the largest batch read and stays). */
  get scratchBytes(): number {
    return this.sorted.byteLength + this.codes.byteLength + 3 * this.hashes.byteLength;
  }
  /** Offset of each pair's codes in {@link codes} (−1: not read, score it directly). */
  at: number[] = [];

  /** Reads the cells of pairs (S[p], W[p]) (ids as for ibm1ScoreBoth) from `table` (at most {@link READER_MAX_BITS}). */
  read(table: JointTable, S: readonly Int32Array[], W: readonly Int32Array[], srcVocab: number, tgtVocab: number): void {
    const mask = (1 << table.bits) - 1;
    const L = leftSide, R = rightSide;
    const buckets = (mask >>> BUCKET_CELL_BITS) + 1;
    if (this.bucketStart.length < buckets + 1) this.bucketStart = new Int32Array(buckets + 1);
    this.bucketStart.fill(0, 0, buckets + 1);
    let n = 0, h = 0, sorting = 0;
    this.at.length = 0;
    this.keyCounts.length = 0;
    for (let p = 0; p < S.length; p++) {
      if (S[p]!.length > MAX_SRC || W[p]!.length > MAX_SRC) {
        this.at.push(-1);
        continue;
      }
      L.load(S[p]!, srcVocab, true);
      R.load(W[p]!, tgtVocab, false);
      // Past the sort word's room for positions (never with alignment-model.ts's batches): scored directly.
      if (n + L.n * R.n > READER_MAX_CELLS) {
        this.at.push(-1);
        continue;
      }
      this.at.push(n);
      const outside = this.keepKeys(L, R, h, table.core);
      this.keyCounts.push(L.n, R.n, outside);
      sorting += this.countBuckets(h, L.n, R.n, outside, mask);
      h += L.n + R.n;
      n += L.n * R.n;
    }
    // A quarter to spare, not double: the scratch stays a few MB per thread (see READ_BATCH in alignment-model.ts).
    if (n > this.codes.length) this.codes = new Uint16Array(n + (n >> 2));
    if (sorting > this.sorted.length) this.sorted = new Int32Array(sorting + (sorting >> 2));
    this.scatter(mask, buckets);
    if (table.core) this.fillCore(table.core);
    if (table.sparse) this.gatherSparse(table.sparse, buckets);
    else this.gather(table.cells, buckets);
  }

  /** Writes the pair's keys at `h` (see {@link hashes}); returns how many left keys are outside the core. */
  private keepKeys(L: Side, R: Side, h: number, core: CoreCells | undefined): number {
    if (h + L.n + R.n > this.hashes.length) {
      const size = 2 * (h + L.n + R.n);
      const more = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a.subarray(0, h));
        return b;
      };
      this.hashes = more(this.hashes);
      this.slots = more(this.slots);
      this.coreOf = more(this.coreOf);
    }
    const hashes = this.hashes, slots = this.slots, coreOf = this.coreOf;
    // Left keys outside the core from the front, core keys from the back.
    let out = h, kept = h + L.n;
    for (let u = 0; u < L.n; u++) {
      const place = core ? (core.leftIndex[L.keys[u]!] ?? -1) : -1;
      const k = place < 0 ? out++ : --kept;
      hashes[k] = L.hash[u]!;
      slots[k] = u;
      coreOf[k] = place;
    }
    const r0 = h + L.n;
    for (let v = 0; v < R.n; v++) {
      hashes[r0 + v] = R.hash[v]!;
      coreOf[r0 + v] = core ? (core.rightIndex[R.keys[v]!] ?? -1) : -1;
    }
    return out - h;
  }

  /** Counts in its bucket the cell of each (right, left) key pair that is not in the core; returns how many. */
  private countBuckets(h: number, nl: number, nr: number, outside: number, mask: number): number {
    const count = this.bucketStart, hashes = this.hashes, coreOf = this.coreOf;
    const r0 = h + nl;
    let counted = 0;
    for (let v = 0; v < nr; v++) {
      const hv = hashes[r0 + v]!;
      const end = h + (coreOf[r0 + v]! < 0 ? nl : outside);
      for (let k = h; k < end; k++) count[(((hashes[k]! + hv) & mask) >>> BUCKET_CELL_BITS) + 1]++;
      counted += end - h;
    }
    return counted;
  }

  /** Writes the sort word of every read pair's cell outside the core into its bucket's part of {@link sorted}, pair by pair. */
  private scatter(mask: number, buckets: number): void {
    const start = this.bucketStart, sorted = this.sorted, hashes = this.hashes, slots = this.slots, coreOf = this.coreOf, keyCounts = this.keyCounts;
    for (let b = 0; b < buckets; b++) start[b + 1] += start[b]!;
    let i = 0, h = 0;
    for (let q = 0; q < keyCounts.length; q += 3) {
      const nl = keyCounts[q]!, nr = keyCounts[q + 1]!, outside = keyCounts[q + 2]!;
      const r0 = h + nl;
      for (let v = 0; v < nr; v++, i += nl) {
        const hv = hashes[r0 + v]!;
        const row = coreOf[r0 + v]!;
        const end = h + (row < 0 ? nl : outside);
        for (let k = h; k < end; k++) {
          const hu = hashes[k]!;
          const c = (hu + hv) & mask;
          // The backward cell's move within the block (see cellOfHashes) travels with the cell.
          sorted[start[c >>> BUCKET_CELL_BITS]!++] = ((i + slots[k]!) << 12) | (((hu ^ hv) >>> 27) << BUCKET_CELL_BITS) | (c & IN_BUCKET);
        }
      }
      h = r0 + nr;
    }
  }

  /** Per pair, where each core row starts in the core's matrix and where its codes go (scratch of {@link fillCore}). */
  private rowFrom = new Int32Array(MAX_SRC + 1);
  private rowTo = new Int32Array(MAX_SRC + 1);

  /**
   * Writes the codes of every read pair's core cells from the core's matrix
   * (no hashing, no sort), four of the pair's core rows at a time: each left
   * key's slot and place are loaded once for the four (0.6× the CPU of one
   * row at a time on the bench's pairs).
   */
  private fillCore(core: CoreCells): void {
    const slots = this.slots, coreOf = this.coreOf, keyCounts = this.keyCounts, codes = this.codes;
    const dense = core.codes, width = core.width, rowFrom = this.rowFrom, rowTo = this.rowTo;
    let i = 0, h = 0;
    for (let q = 0; q < keyCounts.length; q += 3) {
      const nl = keyCounts[q]!, nr = keyCounts[q + 1]!, outside = keyCounts[q + 2]!;
      const r0 = h + nl;
      let rows = 0;
      for (let v = 0; v < nr; v++) {
        const row = coreOf[r0 + v]!;
        if (row < 0) continue;
        rowFrom[rows] = row * width;
        rowTo[rows++] = i + v * nl;
      }
      let r = 0;
      for (; r + 3 < rows; r += 4) {
        const fa = rowFrom[r]!, fb = rowFrom[r + 1]!, fc = rowFrom[r + 2]!, fd = rowFrom[r + 3]!;
        const ta = rowTo[r]!, tb = rowTo[r + 1]!, tc = rowTo[r + 2]!, td = rowTo[r + 3]!;
        for (let k = h + outside; k < r0; k++) {
          const slot = slots[k]!, place = coreOf[k]!;
          codes[ta + slot] = dense[fa + place]!;
          codes[tb + slot] = dense[fb + place]!;
          codes[tc + slot] = dense[fc + place]!;
          codes[td + slot] = dense[fd + place]!;
        }
      }
      for (; r < rows; r++) {
        const from = rowFrom[r]!, to = rowTo[r]!;
        for (let k = h + outside; k < r0; k++) codes[to + slots[k]!] = dense[from + coreOf[k]!]!;
      }
      i += nl * nr;
      h = r0 + nr;
    }
  }

  /** {@link gather} from a sparse table: the same codes, each looked up in its direction's set (in address order, as the dense reads). */
  private gatherSparse(sparse: SparseCells, buckets: number): void {
    const end = this.bucketStart, sorted = this.sorted, codes = this.codes;
    const { fwd, bwd, fwdCodes, bwdCodes } = sparse;
    for (let b = 0, j = 0; b < buckets; b++) {
      const last = end[b]!;
      const base = b << BUCKET_CELL_BITS;
      for (; j < last; j++) {
        const y = sorted[j]!;
        const c = base | (y & IN_BUCKET);
        codes[y >>> 12] = codeAt(fwd, fwdCodes, c) | (codeAt(bwd, bwdCodes, c ^ ((y >>> BUCKET_CELL_BITS) & 31)) << 8);
      }
    }
  }

  /** Reads both bytes of each sorted cell into `codes` at its position, bucket by bucket (each bucket's end in `bucketStart` after {@link scatter}). */
  private gather(bytes: Uint8Array, buckets: number): void {
    const end = this.bucketStart, sorted = this.sorted, codes = this.codes;
    for (let b = 0, j = 0; b < buckets; b++) {
      const last = end[b]!;
      const base = b << BUCKET_CELL_BITS;
      for (; j < last; j++) {
        const y = sorted[j]!;
        const c = base | (y & IN_BUCKET);
        const a = (c & 31) | ((c & ~31) << 1);
        codes[y >>> 12] = bytes[a]! | (bytes[a ^ (32 | ((y >>> BUCKET_CELL_BITS) & 31))]! << 8);
      }
    }
  }
}

/**
 * Per position of the target side `ids`: log((p + λb) / ((1 + λ) b)) with
 * p = (αb·Σinv + acc) / positions of the source side, 0.5 for an identical
 * anchor; NaN for an unknown token or one never seen (baseline 0).
 */
function termsOf(ids: Int32Array, target: Side, source: Side, baseline: Float64Array, identical: Uint8Array | undefined, lambda: number, out: Float64Array): DirectionResult {
  if (!ids.length) return undefined;
  // A distinct token's term once (equal ids are equal tokens, so `identical` agrees too): NaN = not yet.
  const term = target.count; // reused: multiplicities are no longer needed once weighed
  for (let u = 0; u < target.n; u++) term[u] = NaN;
  let sum = 0, scored = 0;
  for (let j = 0; j < ids.length; j++) {
    out[j] = NaN;
    const w = ids[j]!;
    if (w < 0) continue;
    const b = baseline[w]!;
    if (!(b > 0)) continue;
    const u = target.slotOf[w + 1]!;
    let t = term[u]!;
    if (t !== t) {
      const p = identical && identical[j] ? 0.5 : (ALPHA * b * source.sumInv + target.acc[u]!) / source.positions;
      t = term[u] = Math.log((p + lambda * b) / ((1 + lambda) * b));
    }
    out[j] = t;
    sum += t;
    scored++;
  }
  return scored ? { score: sum / scored, scored } : undefined;
}
