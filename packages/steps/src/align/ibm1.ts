/**
 * IBM Model 1 (Brown et al. 1993) trained by EM on the corpus being cleaned —
 * nothing downloaded. Translation probabilities live in a hashed count table
 * (a Float32Array indexed by a hash of the (source, target) token ids): fixed
 * memory (4 bytes × 2^bits, 16 MB at the default 22 bits) whatever the corpus
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
  /** Expected counts C(s, w), hashed. */
  counts: Float32Array;
  /** Σ_w C(s, w) per source id. */
  totals: Float64Array;
}

const MAX_SRC = 512;

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

/** Sentences as id arrays; source sentences start with the NULL id 0. */
export interface Corpus {
  src: Int32Array[];
  tgt: Int32Array[];
  srcVocab: number;
}

function shared(len: number, kind: 'f32' | 'f64'): Float32Array | Float64Array {
  const bytes = len * (kind === 'f32' ? 4 : 8);
  const buf = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return kind === 'f32' ? new Float32Array(buf) : new Float64Array(buf);
}

/** Trains t(w|s) with `iterations` EM rounds (uniform start); two count buffers, swapped each round. */
export function trainIbm1(corpus: Corpus, bits: number, iterations: number): Ibm1Table {
  const size = 1 << bits;
  const mask = size - 1;
  let cur: Ibm1Table = { bits, counts: shared(size, 'f32') as Float32Array, totals: shared(corpus.srcVocab, 'f64') as Float64Array };
  let prev: Ibm1Table | undefined;
  const tvals = new Float64Array(MAX_SRC);
  const cells = new Int32Array(MAX_SRC);
  const inv = new Float64Array(MAX_SRC);
  const hsT = new Int32Array(MAX_SRC);
  for (let it = 0; it < iterations; it++) {
    const { counts, totals } = cur;
    counts.fill(0);
    totals.fill(0);
    for (let p = 0; p < corpus.src.length; p++) {
      const S = corpus.src[p]!;
      const W = corpus.tgt[p]!;
      if (S.length > MAX_SRC) continue;
      for (let i = 0; i < S.length; i++) {
        if (prev) inv[i] = 1 / (prev.totals[S[i]!]! || 1);
        hsT[i] = Math.imul(S[i]!, 0x9e3779b1);
      }
      for (let j = 0; j < W.length; j++) {
        const w = W[j]!;
        let denom = 0;
        for (let i = 0; i < S.length; i++) {
          const c = cellOf(hsT[i]!, w, mask);
          cells[i] = c;
          const t = prev ? prev.counts[c]! * inv[i]! : 1;
          tvals[i] = t;
          denom += t;
        }
        if (denom <= 0) continue;
        const k = 1 / denom;
        for (let i = 0; i < S.length; i++) {
          const c = tvals[i]! * k;
          counts[cells[i]!] += c;
          totals[S[i]!] += c;
        }
      }
    }
    const done = cur;
    cur = prev ?? { bits, counts: shared(size, 'f32') as Float32Array, totals: shared(corpus.srcVocab, 'f64') as Float64Array };
    prev = done;
  }
  return prev!;
}


/**
 * Additive smoothing of t(w|s) towards the token's baseline when scoring:
 * (C(s,w) + α·b(w)) / (total(s) + α). Rare source tokens (a few counts) then
 * no longer give any target word a large probability by chance.
 */
const ALPHA = Number(process.env.SLM_IBM1_ALPHA ?? 1);

/** p(w | S) = mean over source tokens of t(w | s), for each target token. */
export function ibm1TokenProbs(table: Ibm1Table, S: Int32Array, W: Int32Array, out: Float64Array): void {
  const mask = (1 << table.bits) - 1;
  for (let j = 0; j < W.length; j++) {
    const w = W[j]!;
    let acc = 0;
    if (w >= 0) for (let i = 0; i < S.length; i++) acc += table.counts[cell(S[i]!, w, mask)]! / (table.totals[S[i]!]! || 1);
    out[j] = acc / S.length;
  }
}

/**
 * Mean log-likelihood ratio of the target tokens given the source, against
 * each token's `baseline` p(w | random source): log((p + λb) / ((1 + λ) b)),
 * bounded below by log λ/(1+λ) so one odd word cannot sink a pair. Tokens the
 * model never saw (baseline 0) are skipped. `identical(w)` marks a token that
 * also appears verbatim in the source (numbers, names) as a sure link.
 * Returns undefined when no token could be scored.
 */
export function ibm1Score(
  table: Ibm1Table,
  S: Int32Array,
  W: Int32Array,
  baseline: Float64Array,
  identical: Uint8Array | undefined,
  lambda = 0.1,
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
  for (let j = 0; j < W.length; j++) {
    const w = W[j]!;
    if (w < 0) continue;
    const b = baseline[w]!;
    if (!(b > 0)) continue;
    let p: number;
    if (identical && identical[j]) p = 0.5;
    else {
      let acc = ALPHA * b * sumInv;
      for (let i = 0; i < S.length; i++) acc += counts[cellOf(hs[i]!, w, mask)]! * inv[i]!;
      p = acc / S.length;
    }
    sum += Math.log((p + lambda * b) / ((1 + lambda) * b));
    scored++;
  }
  return scored ? { score: sum / scored, scored } : undefined;
}
