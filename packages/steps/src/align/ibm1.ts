/**
 * IBM Model 1 (Brown et al. 1993) trained by EM on the corpus being cleaned —
 * nothing downloaded. Translation probabilities live in a hashed count table
 * (one byte per cell, indexed by a hash of the (source, target) token ids):
 * fixed memory (2^bits bytes, 2 MB at the default 21 bits) whatever the corpus
 * size, at the price of a few colliding cells. t(w|s) = C[h(s,w)] / total[s].
 *
 * The score is a log-likelihood ratio per target token against the token's
 * probability under a random source sentence — how much better this source
 * explains the target than another would (a closed-form margin, as in LASER
 * margin scoring) — so it is on one scale for long and short, common and rare
 * sentences. Pairs of the training sample are scored by a model trained
 * without them (cross-fitting, see alignment-model.ts).
 */

export interface Ibm1Table {
  bits: number;
  /** Expected counts C(s, w), hashed, as one-byte log codes (see `COUNT_OF_CODE`). */
  counts: Uint8Array;
  /** Σ_w C(s, w) per source id. */
  totals: Float64Array;
}

const MAX_SRC = 512;

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
const COUNT_OF_CODE = (() => {
  const d = new Float64Array(256);
  for (let q = 1; q < 256; q++) d[q] = 2 ** ((q - 1) / CODES_PER_OCTAVE + LOWEST_LOG2);
  return d;
})();

/** Nearest code of a count on the log scale (0 below 2^−19, 255 at the top). */
function countCode(c: number): number {
  if (!(c > 0)) return 0;
  const q = Math.round((Math.log2(c) - LOWEST_LOG2) * CODES_PER_OCTAVE) + 1;
  return q < 1 ? 0 : Math.min(255, q);
}

export function cell(s: number, w: number, mask: number): number {
  return cellOf(Math.imul(s, 0x9e3779b1), w, mask);
}

/** `cell` with the source side's multiply done once per source token (`hs = imul(s, 0x9e3779b1)`). */
function cellOf(hs: number, w: number, mask: number): number {
  let h = hs ^ w;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & mask;
}

const hsBuf = new Int32Array(MAX_SRC);
const invBuf = new Float64Array(MAX_SRC);
const termBuf = new Float64Array(MAX_SRC);

/** Open-addressing scratch (id → first position), stamped per sentence so it is never cleared. */
const REPEAT_SLOTS = 2 * MAX_SRC;
const repeatKey = new Int32Array(REPEAT_SLOTS);
const repeatPos = new Int32Array(REPEAT_SLOTS);
const repeatStamp = new Int32Array(REPEAT_SLOTS);
const firstBuf = new Int32Array(MAX_SRC);
let stamp = 0;

/**
 * Position of the first token equal to each token of `W` (its own position
 * when new): a repeated token's value is computed once and reused, the same
 * number added in the same order. Undefined for sentences over MAX_SRC.
 */
function markRepeats(W: Int32Array): Int32Array | undefined {
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
        firstBuf[j] = j;
        break;
      }
      if (repeatKey[h] === w) {
        firstBuf[j] = repeatPos[h]!;
        break;
      }
      h = h + 1 === REPEAT_SLOTS ? 0 : h + 1;
    }
  }
  return firstBuf;
}

/** Sentences as id arrays; source sentences start with the NULL id 0. */
export interface Corpus {
  src: Int32Array[];
  tgt: Int32Array[];
  srcVocab: number;
}

function sharedBuffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
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

function denseCells(corpus: Corpus, mask: number): DenseCells {
  let updates = 0;
  for (let p = 0; p < corpus.src.length; p++) if (corpus.src[p]!.length <= MAX_SRC) updates += corpus.src[p]!.length * corpus.tgt[p]!.length;
  const slots = new Int32Array(updates);
  const slotOfCell = new Int32Array(mask + 1).fill(-1);
  const hs = new Int32Array(MAX_SRC);
  let k = 0, used = 0;
  for (let p = 0; p < corpus.src.length; p++) {
    const S = corpus.src[p]!;
    const W = corpus.tgt[p]!;
    if (S.length > MAX_SRC) continue;
    for (let i = 0; i < S.length; i++) hs[i] = Math.imul(S[i]!, 0x9e3779b1);
    for (let j = 0; j < W.length; j++) {
      const w = W[j]!;
      for (let i = 0; i < S.length; i++) {
        const c = cellOf(hs[i]!, w, mask);
        let d = slotOfCell[c]!;
        if (d < 0) d = slotOfCell[c] = used++;
        slots[k++] = d;
      }
    }
  }
  return { slots, slotOfCell, used };
}

/**
 * Trains t(w|s) with `iterations` EM rounds (uniform start). The previous and
 * the current round's count of a cell sit side by side (slot × 2 + round
 * parity), so reading one and adding to the other costs one cache miss.
 */
export function trainIbm1(corpus: Corpus, bits: number, iterations: number): Ibm1Table {
  const size = 1 << bits;
  const { slots, slotOfCell, used } = denseCells(corpus, size - 1);
  const counts = new Float32Array(2 * used);
  let totals = new Float64Array(corpus.srcVocab);
  let prevTotals = new Float64Array(corpus.srcVocab);
  const tvals = new Float64Array(MAX_SRC);
  const inv = new Float64Array(MAX_SRC);
  for (let it = 0; it < iterations; it++) {
    const cur = it & 1;
    const prev = cur ^ 1;
    for (let x = cur; x < counts.length; x += 2) counts[x] = 0;
    totals.fill(0);
    let k = 0;
    for (let p = 0; p < corpus.src.length; p++) {
      const S = corpus.src[p]!;
      const W = corpus.tgt[p]!;
      const n = S.length;
      if (n > MAX_SRC) continue;
      if (it > 0) for (let i = 0; i < n; i++) inv[i] = 1 / (prevTotals[S[i]!]! || 1);
      for (let j = 0; j < W.length; j++, k += n) {
        let denom = 0;
        for (let i = 0; i < n; i++) {
          const t = it > 0 ? counts[2 * slots[k + i]! + prev]! * inv[i]! : 1;
          tvals[i] = t;
          denom += t;
        }
        if (denom <= 0) continue;
        const r = 1 / denom;
        for (let i = 0; i < n; i++) {
          const c = tvals[i]! * r;
          counts[2 * slots[k + i]! + cur] += c;
          totals[S[i]!] += c;
        }
      }
    }
    [totals, prevTotals] = [prevTotals, totals];
  }
  const last = (iterations - 1) & 1;
  const table: Ibm1Table = { bits, counts: new Uint8Array(sharedBuffer(size)), totals: new Float64Array(sharedBuffer(8 * corpus.srcVocab)) };
  for (let c = 0; c < size; c++) if (slotOfCell[c]! >= 0) table.counts[c] = countCode(counts[2 * slotOfCell[c]! + last]!);
  table.totals.set(prevTotals);
  return table;
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
    hsBuf[i] = Math.imul(S[i]!, 0x9e3779b1);
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
      if (n === S.length) for (let i = 0; i < n; i++) acc += COUNT_OF_CODE[counts[cellOf(hsBuf[i]!, w, mask)]!]! / invBuf[i]!;
      else for (let i = 0; i < S.length; i++) acc += COUNT_OF_CODE[counts[cell(S[i]!, w, mask)]!]! / (totals[S[i]!]! || 1);
    }
    out[j] = acc / S.length;
  }
}

/**
 * Mean log-likelihood ratio of the target tokens given the source, against
 * each token's `baseline` p(w | random source): log((p + λb) / ((1 + λ) b)),
 * bounded below by log λ/(1+λ) so one odd word cannot sink a pair. Tokens the
 * model never saw (baseline 0) are skipped. `identical(w)` marks a token that
 * also appears verbatim in the source (numbers, names) as a sure link.
 * Returns undefined when no token could be scored. `termsOut` receives each
 * token's term (NaN: not scored), for the position-wise coverage features.
 */
export function ibm1Score(
  table: Ibm1Table,
  S: Int32Array,
  W: Int32Array,
  baseline: Float64Array,
  identical: Uint8Array | undefined,
  lambda = 0.1,
  termsOut?: Float64Array,
): { score: number; scored: number } | undefined {
  if (S.length > MAX_SRC || !W.length) return undefined;
  const mask = (1 << table.bits) - 1;
  const { counts, totals } = table;
  // t(w|s) smoothed = (C + αb)/(T + α) = C·k + αb·k with k = 1/(T + α): one multiply-add per cell.
  const inv = invBuf;
  const hs = hsBuf;
  let sumInv = 0;
  for (let i = 0; i < S.length; i++) {
    inv[i] = 1 / (totals[S[i]!]! + ALPHA || 1);
    sumInv += inv[i]!;
    hs[i] = Math.imul(S[i]!, 0x9e3779b1);
  }
  let sum = 0, scored = 0;
  // A repeated target token (equal ids are equal tokens, so `identical` agrees too) adds its first term again.
  const firstOf = markRepeats(W);
  const terms = termBuf;
  for (let j = 0; j < W.length; j++) {
    const f = firstOf ? firstOf[j]! : j;
    if (f !== j) {
      if (terms[f] === terms[f]) {
        sum += terms[f]!;
        scored++;
      }
      if (termsOut) termsOut[j] = terms[f]!;
      continue;
    }
    terms[j] = NaN;
    if (termsOut) termsOut[j] = NaN;
    const w = W[j]!;
    if (w < 0) continue;
    const b = baseline[w]!;
    if (!(b > 0)) continue;
    let p: number;
    if (identical && identical[j]) p = 0.5;
    else {
      let acc = ALPHA * b * sumInv;
      for (let i = 0; i < S.length; i++) acc += COUNT_OF_CODE[counts[cellOf(hs[i]!, w, mask)]!]! * inv[i]!;
      p = acc / S.length;
    }
    const term = Math.log((p + lambda * b) / ((1 + lambda) * b));
    terms[j] = term;
    if (termsOut) termsOut[j] = term;
    sum += term;
    scored++;
  }
  return scored ? { score: sum / scored, scored } : undefined;
}
