/**
 * MinHash signatures with banding LSH (Broder 1997; Leskovec et al., *Mining
 * of Massive Datasets*, ch. 3), in house as the research note recommends (no
 * maintained npm package exists). Band collisions are verified with a b-bit
 * sketch of the signature (Li & König 2010: the low 4 bits of each minimum),
 * because at a million pairs the background similarity of unrelated
 * sentences alone makes some band collide for many of them. Shingles are character n-grams of the
 * normalised letters-and-digits key — 3-grams for unspaced scripts (Chinese,
 * Thai, Khmer, Lao, Burmese), 5-grams for spaced ones; word 5-grams are far too
 * coarse for sentence-length segments. With `bands` × `rows` hash functions a
 * pair of Jaccard similarity J collides in some band with probability
 * 1 − (1 − J^rows)^bands; the default 6 × 4 puts the 50 % point near J ≈ 0.6
 * and catches J = 0.8 97 % of the time (a swapped word in a 15-word sentence
 * is J ≈ 0.75).
 */

import { SIMD_MAX_K, simdSignature } from './minhash-simd.ts';

/** MurmurHash3's 32-bit finaliser. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = [];
for (let i = 0; i < 64; i++) SEEDS.push(fmix32(0x9e3779b9 + i * 0x61c88647));

/** Adds the n-gram shingle hashes of `key` (tagged by `side`) to `out`: FNV-1a of each n-gram's code units. */
export function shingleHashes(key: string, n: number, side: number, out: number[]): void {
  const buffer = (shingleScratch ??= new ShingleBuffer());
  buffer.clear();
  buffer.add(key, n, side);
  for (let i = 0; i < buffer.length; i++) out.push(buffer.values[i]! >>> 0);
}

/** One buffer for every {@link shingleHashes} call (decontamination keys each pair and protected sentence). */
let shingleScratch: ShingleBuffer | undefined;

/**
 * Shingle hashes in a reusable typed array (as int32 bit patterns, what the
 * signature reads), so a pair's few hundred shingles make no array of
 * numbers: {@link shingleHashes}'s values, `| 0`.
 */
export class ShingleBuffer {
  values = new Int32Array(1024);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  /** Appends the n-gram shingle hashes of `key` tagged by `side`. */
  add(key: string, n: number, side: number): void {
    if (!key) return;
    // At most one shingle per code unit.
    if (this.length + key.length > this.values.length) {
      const grown = new Int32Array(Math.max(this.length + key.length, this.values.length * 2));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    const seed = 0x811c9dc5 ^ side;
    if (key.length <= n) {
      let h = seed;
      for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
      this.values[this.length++] = h;
      return;
    }
    if (n === 3 || n === 4) {
      this.length = slidingShingles(key, n, seed, this.values, this.length);
      return;
    }
    for (let i = 0; i + n <= key.length; i++) {
      let h = seed;
      for (let j = i; j < i + n; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
      this.values[this.length++] = h;
    }
  }
}

/** The same hashes for the n-gram sizes the steps use (3, 4; key longer than n): each code unit read once, the n steps written out. Returns the new length. */
function slidingShingles(key: string, n: 3 | 4, seed: number, out: Int32Array, at: number): number {
  const len = key.length;
  let a = key.charCodeAt(0), b = key.charCodeAt(1), c = key.charCodeAt(2);
  if (n === 3) {
    for (let i = 3; ; i++) {
      out[at++] = Math.imul(Math.imul(Math.imul(seed ^ a, 0x01000193) ^ b, 0x01000193) ^ c, 0x01000193);
      if (i >= len) return at;
      a = b;
      b = c;
      c = key.charCodeAt(i);
    }
  }
  let d = key.charCodeAt(3);
  for (let i = 4; ; i++) {
    out[at++] = Math.imul(Math.imul(Math.imul(Math.imul(seed ^ a, 0x01000193) ^ b, 0x01000193) ^ c, 0x01000193) ^ d, 0x01000193);
    if (i >= len) return at;
    a = b;
    b = c;
    c = d;
    d = key.charCodeAt(i);
  }
}

/**
 * MinHash signature of a shingle set: `k` minima under k hash functions,
 * made by double hashing (Kirsch & Mitzenmacher 2006: h_i = a + i·b over two
 * independent hashes of the shingle) — one multiply-add per function instead
 * of a full mix, with min-wise behaviour good enough for LSH.
 * Each shingle's k values are a chain (each step needs the last), so a
 * shingle alone waits on its multiplies; four shingles are stepped together
 * so the processor overlaps their chains (1.5× faster, the same minima).
 * Minima are kept as signed integers with the top bit flipped, which orders
 * them as the unsigned values. Where the engine has WebAssembly SIMD the same
 * minima come from minhash-simd.ts, sixteen shingles at a time.
 */
export function minhashSignature(shingles: ArrayLike<number>, k: number, n = shingles.length): Uint32Array {
  if (simdSignature && n > 0 && k <= SIMD_MAX_K) return simdSignature(shingles, n, k, SEEDS[0]!, SEEDS[1]!);
  return minhashSignatureJs(shingles, k, n);
}

/** {@link minhashSignature} in plain JavaScript (engines without WebAssembly SIMD; the reference the SIMD version is tested against). */
export function minhashSignatureJs(shingles: ArrayLike<number>, k: number, n = shingles.length): Uint32Array {
  const m = new Int32Array(k).fill(0x7fffffff);
  const s0 = SEEDS[0]!;
  const s1 = SEEDS[1]!;
  let s = 0;
  for (; s + 4 <= n; s += 4) {
    const x0 = shingles[s]!, x1 = shingles[s + 1]!, x2 = shingles[s + 2]!, x3 = shingles[s + 3]!;
    let v0 = fmix32(x0 ^ s0) | 0, v1 = fmix32(x1 ^ s0) | 0, v2 = fmix32(x2 ^ s0) | 0, v3 = fmix32(x3 ^ s0) | 0;
    const b0 = fmix32(x0 ^ s1) | 1, b1 = fmix32(x1 ^ s1) | 1, b2 = fmix32(x2 ^ s1) | 1, b3 = fmix32(x3 ^ s1) | 1;
    for (let i = 0; i < k; i++) {
      let lo = m[i]!;
      const c0 = v0 ^ 0x80000000, c1 = v1 ^ 0x80000000, c2 = v2 ^ 0x80000000, c3 = v3 ^ 0x80000000;
      if (c0 < lo) lo = c0;
      if (c1 < lo) lo = c1;
      if (c2 < lo) lo = c2;
      if (c3 < lo) lo = c3;
      m[i] = lo;
      v0 = (v0 + b0) | 0;
      v0 = Math.imul(v0 ^ (v0 >>> 15), 0x2c1b3c6d);
      v1 = (v1 + b1) | 0;
      v1 = Math.imul(v1 ^ (v1 >>> 15), 0x2c1b3c6d);
      v2 = (v2 + b2) | 0;
      v2 = Math.imul(v2 ^ (v2 >>> 15), 0x2c1b3c6d);
      v3 = (v3 + b3) | 0;
      v3 = Math.imul(v3 ^ (v3 >>> 15), 0x2c1b3c6d);
    }
  }
  for (; s < n; s++) {
    const x = shingles[s]!;
    let v = fmix32(x ^ s0) | 0;
    const b = fmix32(x ^ s1) | 1;
    for (let i = 0; i < k; i++) {
      const c = v ^ 0x80000000;
      if (c < m[i]!) m[i] = c;
      v = (v + b) | 0;
      v = Math.imul(v ^ (v >>> 15), 0x2c1b3c6d);
    }
  }
  const sig = new Uint32Array(k);
  for (let i = 0; i < k; i++) sig[i] = m[i]! ^ 0x80000000;
  return sig;
}

/** One 32-bit fingerprint per band (band index mixed in). */
export function bandHashes(sig: Uint32Array, bands: number, rows: number): number[] {
  return Array.from(bandHashesInto(sig, bands, rows, new Uint32Array(bands), 0));
}

/** {@link bandHashes} written to `out` from `at`. */
export function bandHashesInto(sig: Uint32Array, bands: number, rows: number, out: Uint32Array, at: number): Uint32Array {
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h, 31) ^ sig[b * rows + r]!);
    out[at + b] = h;
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures (share of equal minima). */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** 4 bits of each minimum, packed 8 to a 32-bit word. */
export function bbitSketch(sig: Uint32Array): number[] {
  return Array.from(bbitSketchInto(sig, new Uint32Array(Math.ceil(sig.length / 8)), 0));
}

/** {@link bbitSketch} written to `out` from `at` (those words zero). */
export function bbitSketchInto(sig: Uint32Array, out: Uint32Array, at: number): Uint32Array {
  for (let i = 0; i < sig.length; i++) out[at + (i >> 3)] = out[at + (i >> 3)]! | ((sig[i]! & 15) << ((i & 7) * 4));
  return out;
}

/** Jaccard estimate from two b-bit sketches of `k` minima: P(equal 4 bits) = J + (1 − J)/16. */
export function sketchJaccard(a: ArrayLike<number>, b: ArrayLike<number>, k: number): number {
  return sketchJaccardAt(a, 0, b, 0, k);
}

/** {@link sketchJaccard} of the sketches starting at `a[aAt]` and `b[bAt]`. */
export function sketchJaccardAt(a: ArrayLike<number>, aAt: number, b: ArrayLike<number>, bAt: number, k: number): number {
  let same = 0;
  for (let i = 0; i < k; i++) if (((a[aAt + (i >> 3)]! >>> ((i & 7) * 4)) & 15) === ((b[bAt + (i >> 3)]! >>> ((i & 7) * 4)) & 15)) same++;
  return (same / k - 1 / 16) / (15 / 16);
}
