/**
 * The MinHash signature of minhash.ts (`minhashSignatureJs`) in WebAssembly
 * SIMD: the same hash functions and minima, sixteen shingles at a time. Each
 * shingle's k values are a chain of multiplies (each step needs the last);
 * four i32x4 vectors make sixteen chains the processor runs side by side,
 * where plain JavaScript keeps four. The module is a few hundred bytes
 * assembled below, so no build step or binary file is needed; where the
 * engine has no WebAssembly SIMD, `simdSignature` is undefined and the
 * JavaScript version runs.
 *
 * Memory: minima (k × 16 bytes, k ≤ {@link SIMD_MAX_K}) from 0, shingles
 * from {@link SHINGLES_AT}, padded to a multiple of 16 by repeating the
 * last one (a repeated shingle changes no minimum).
 */

/** Most hash functions the module holds minima for (near_dedupe allows 16 bands × 8 rows). */
export const SIMD_MAX_K = 128;
const SHINGLES_AT = SIMD_MAX_K * 16;
const PAGE = 65536;

// --- a minimal assembler: opcodes of the WebAssembly binary format (core 2.0 + fixed-width SIMD) ---
const I32 = 0x7f, V128 = 0x7b;
const localGet = (i: number) => [0x20, i];
const localSet = (i: number) => [0x21, i];
const localTee = (i: number) => [0x22, i];
const I32_ADD = [0x6a], I32_SHL = [0x74], I32_LT_U = [0x49], I32_EQZ = [0x45];
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], END = [0x0b];
const brIf = (depth: number) => [0x0d, depth];
const simd = (op: number) => [0xfd, ...uleb(op)];
const V128_LOAD = (offset: number) => [...simd(0x00), 4, ...uleb(offset)];
const V128_STORE = (offset: number) => [...simd(0x0b), 4, ...uleb(offset)];
const I32X4_SPLAT = simd(0x11), V128_OR = simd(0x50), V128_XOR = simd(0x51);
const I32X4_SHR_U = simd(0xad), I32X4_ADD = simd(0xae), I32X4_MUL = simd(0xb5), I32X4_MIN_U = simd(0xb7);

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

const i32Const = (n: number) => [0x41, ...sleb(n | 0)];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

// Parameters and locals of `sig(groups, k, s0, s1)`.
const GROUPS = 0, K = 1, S0 = 2, S1 = 3;
const P = 4, END_AT = 5, MP = 6;
const V = 7, B = 11, SEED0 = 15, SEED1 = 16, ONE = 17, STEP = 18, MIX1 = 19, MIX2 = 20, T = 21, X = 22;

/** fmix32 of the vector on the stack (MurmurHash3's finaliser, lane-wise); uses local T. */
const FMIX = [
  ...localTee(T), ...localGet(T), ...i32Const(16), ...I32X4_SHR_U, ...V128_XOR,
  ...localGet(MIX1), ...I32X4_MUL,
  ...localTee(T), ...localGet(T), ...i32Const(13), ...I32X4_SHR_U, ...V128_XOR,
  ...localGet(MIX2), ...I32X4_MUL,
  ...localTee(T), ...localGet(T), ...i32Const(16), ...I32X4_SHR_U, ...V128_XOR,
];

/** mp < k × 16 */
const BELOW_K = [...localGet(MP), ...localGet(K), ...i32Const(4), ...I32_SHL, ...I32_LT_U];

const body = [
  ...vector([[3, I32], [16, V128]]),
  ...localGet(S0), ...I32X4_SPLAT, ...localSet(SEED0),
  ...localGet(S1), ...I32X4_SPLAT, ...localSet(SEED1),
  ...i32Const(1), ...I32X4_SPLAT, ...localSet(ONE),
  ...i32Const(0x2c1b3c6d), ...I32X4_SPLAT, ...localSet(STEP),
  ...i32Const(0x85ebca6b), ...I32X4_SPLAT, ...localSet(MIX1),
  ...i32Const(0xc2b2ae35), ...I32X4_SPLAT, ...localSet(MIX2),
  // Minima start at 0xffffffff.
  ...i32Const(0), ...localSet(MP),
  ...LOOP,
  ...localGet(MP), ...i32Const(-1), ...I32X4_SPLAT, ...V128_STORE(0),
  ...localGet(MP), ...i32Const(16), ...I32_ADD, ...localSet(MP),
  ...BELOW_K, ...brIf(0),
  ...END,
  ...i32Const(SHINGLES_AT), ...localSet(P),
  ...localGet(GROUPS), ...i32Const(6), ...I32_SHL, ...i32Const(SHINGLES_AT), ...I32_ADD, ...localSet(END_AT),
  ...BLOCK,
  ...localGet(GROUPS), ...I32_EQZ, ...brIf(0),
  ...LOOP,
  // Sixteen shingles: v = fmix32(x ^ s0), b = fmix32(x ^ s1) | 1, lane-wise.
  ...[0, 1, 2, 3].flatMap((j) => [
    ...localGet(P), ...V128_LOAD(16 * j), ...localTee(X), ...localGet(SEED0), ...V128_XOR, ...FMIX, ...localSet(V + j),
    ...localGet(X), ...localGet(SEED1), ...V128_XOR, ...FMIX, ...localGet(ONE), ...V128_OR, ...localSet(B + j),
  ]),
  ...i32Const(0), ...localSet(MP),
  ...LOOP,
  // m[i] = min(m[i], v0 … v3), then each v steps: v = imul((v + b) ^ ((v + b) >>> 15), STEP).
  ...localGet(MP),
  ...localGet(MP), ...V128_LOAD(0),
  ...localGet(V), ...localGet(V + 1), ...I32X4_MIN_U, ...localGet(V + 2), ...localGet(V + 3), ...I32X4_MIN_U, ...I32X4_MIN_U,
  ...I32X4_MIN_U,
  ...V128_STORE(0),
  ...[0, 1, 2, 3].flatMap((j) => [
    ...localGet(V + j), ...localGet(B + j), ...I32X4_ADD, ...localTee(T), ...localGet(T), ...i32Const(15), ...I32X4_SHR_U, ...V128_XOR,
    ...localGet(STEP), ...I32X4_MUL, ...localSet(V + j),
  ]),
  ...localGet(MP), ...i32Const(16), ...I32_ADD, ...localSet(MP),
  ...BELOW_K, ...brIf(0),
  ...END,
  ...localGet(P), ...i32Const(64), ...I32_ADD, ...localTee(P), ...localGet(END_AT), ...I32_LT_U, ...brIf(0),
  ...END,
  ...END,
  ...END,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32]]), 0]])),
  ...section(3, vector([[0]])),
  ...section(5, vector([[0x00, 1]])),
  ...section(7, vector([[...name('sig'), 0x00, 0], [...name('mem'), 0x02, 0]])),
  ...section(10, vector([[...uleb(body.length), ...body]])),
]);

interface Exports {
  sig(groups: number, k: number, s0: number, s1: number): void;
  mem: WebAssembly.Memory;
}

function instantiate(): Exports | undefined {
  try {
    if (!WebAssembly.validate(MODULE)) return undefined;
    return new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as unknown as Exports;
  } catch {
    return undefined;
  }
}

const wasm = instantiate();

/**
 * The signature of `shingles[0, n)` (n ≥ 1, k ≤ {@link SIMD_MAX_K}) under
 * seeds `s0`, `s1`, as `minhashSignatureJs` computes it; undefined when the
 * engine has no WebAssembly SIMD. One module instance per thread.
 */
export const simdSignature = wasm ? signatureWith(wasm) : undefined;

function signatureWith(w: Exports): (shingles: ArrayLike<number>, n: number, k: number, s0: number, s1: number) => Uint32Array {
  // Views of the module's memory, made again when it grows (growing detaches them).
  let ints = new Int32Array(w.mem.buffer);
  let lanes = new Uint32Array(w.mem.buffer);
  return (shingles, n, k, s0, s1) => {
    const padded = (n + 15) & ~15;
    const need = SHINGLES_AT + padded * 4;
    if (need > w.mem.buffer.byteLength) {
      w.mem.grow(Math.ceil((need - w.mem.buffer.byteLength) / PAGE));
      ints = new Int32Array(w.mem.buffer);
      lanes = new Uint32Array(w.mem.buffer);
    }
    const at = SHINGLES_AT >> 2;
    // A typed buffer (the steps' ShingleBuffer) is one copy; other array-likes go value by value.
    if (shingles instanceof Int32Array) ints.set(shingles.subarray(0, n), at);
    else for (let s = 0; s < n; s++) ints[at + s] = shingles[s]!;
    const last = ints[at + n - 1]!;
    for (let s = n; s < padded; s++) ints[at + s] = last;
    w.sig(padded >> 4, k, s0, s1);
    const sig = new Uint32Array(k);
    for (let i = 0; i < k; i++) {
      const a = lanes[4 * i]!, b = lanes[4 * i + 1]!, c = lanes[4 * i + 2]!, d = lanes[4 * i + 3]!;
      sig[i] = Math.min(Math.min(a, b), Math.min(c, d));
    }
    return sig;
  };
}
