/**
 * A small MinHash with banding LSH (Broder 1997; Leskovec, Rajaraman & Ullman,
 * *Mining of Massive Datasets*, ch. 3) for leak-free release splits. The steps
 * package has its own for corpus deduplication, on a branch not yet merged;
 * once it is on main this can reuse it. Shingles are character bigrams of the
 * normalised key: Chinese, Thai, Khmer, Lao and Burmese have no spaces, so
 * character grams are the common ground, and segments are sentences, where
 * longer grams make one changed character cost too much (a one-character edit
 * of a 19-character Chinese sentence leaves 3-gram Jaccard at 0.68 but bigram
 * Jaccard at 0.8). With `bands` × `rows` = 32 × 4 (128 minima, estimate
 * standard error ≤ 0.045) a pair of Jaccard similarity J shares a band with
 * probability 1 − (1 − J⁴)³²: 0.985 at J = 0.6, 1 − 10⁻¹⁰ at J = 0.8.
 */

/** MurmurHash3's 32-bit finaliser. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, for shingles and seeds. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface MinHashOptions {
  bands: number;
  rows: number;
  shingle: number;
}

export const MINHASH_DEFAULTS: Readonly<MinHashOptions> = Object.freeze({ bands: 32, rows: 4, shingle: 2 });

const SEEDS: number[] = [];
for (let i = 0; i < 256; i++) SEEDS.push(fmix32(0x9e3779b9 + Math.imul(i, 0x61c88647)));

/** Character n-gram shingle hashes of a key (the whole key when it is shorter than n). */
export function shingles(key: string, n: number): number[] {
  const chars = [...key];
  if (chars.length <= n) return chars.length ? [fnv1a(key)] : [];
  const out: number[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(fnv1a(chars.slice(i, i + n).join('')));
  return out;
}

/** MinHash signature: `k` minima of the shingle hashes under k seeded mixes. */
export function signature(shingleHashes: readonly number[], k: number): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (const s of shingleHashes) {
    for (let i = 0; i < k; i++) {
      const v = fmix32(s ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One fingerprint per band, band index mixed in so equal rows in different bands do not collide. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h, 31) ^ sig[b * rows + r]!);
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}

/** Share of equal minima: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** Exact Jaccard similarity of two shingle sets (for tests and verification). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union ? inter / union : 1;
}
