/**
 * A fold table of a many-fold fit kept sparse: the codes of the cells the
 * sample's EM used, not 2^bits bytes a direction. A small sample's ten folds
 * (two deals of them) held twenty 8 MB joint tables of which 6–21 % of the
 * cells were ever written (branch `smallfit2`, bench/clean/README.md): the
 * sparse form keeps each used cell's code once per fold (~0.8 MB a direction
 * on 1,500 long pairs) and one set of the used cells per direction, shared
 * by every fold of the fit. A cell outside the set reads code 0, as a cell
 * no pair used does in the dense table, so every read gives the dense
 * table's code and every sum the same float.
 */

/**
 * The cells one direction's EM used in a table of 2^bits cells, as a bit
 * set with ranks: `index[2w]` holds the bits of cells 32w … 32w + 31,
 * `index[2w + 1]` how many used cells lie below 32w. A used cell's rank
 * (its place among the used cells in address order) is where its code is.
 */
export interface CellSet {
  bits: number;
  index: Int32Array;
}

/** A fold's two directions as codes of the used cells (address order) of each direction's {@link CellSet}. */
export interface SparseCells {
  fwd: CellSet;
  bwd: CellSet;
  fwdCodes: Uint8Array;
  bwdCodes: Uint8Array;
}

function sharedInts(n: number): Int32Array {
  return new Int32Array(typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** An empty {@link CellSet} of a table of 2^bits cells (shared memory: every fold's table reads it where it is); {@link addCell}, then {@link rankCells}. */
export function emptyCellSet(bits: number): CellSet {
  return { bits, index: sharedInts(2 * Math.max(1, (1 << bits) >>> 5)) };
}

export function addCell(set: CellSet, c: number): void {
  set.index[2 * (c >>> 5)] |= 1 << (c & 31);
}

/** Writes each word's rank base once every cell is added; returns how many cells the set holds. */
export function rankCells(set: CellSet): number {
  const index = set.index;
  let below = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = below;
    below += popcount(index[w]!);
  }
  return below;
}

/** Rank of cell `c` in the set, −1 when no pair used it. */
export function rankOf(set: CellSet, c: number): number {
  const word = set.index[2 * (c >>> 5)]!;
  const bit = 1 << (c & 31);
  return word & bit ? set.index[2 * (c >>> 5) + 1]! + popcount(word & (bit - 1)) : -1;
}

/** Code of cell `c`: its code in `codes` when used, 0 (no count) otherwise. */
export function codeAt(set: CellSet, codes: Uint8Array, c: number): number {
  const r = rankOf(set, c);
  return r < 0 ? 0 : codes[r]!;
}

/**
 * The codes of every (left, right) key pair of a pair, as a dense joint
 * table gives them to `CellReader` (ibm1.ts): at `out[at + v · nl + u]` the
 * forward code | the backward code << 8, from the keys' hashes `lh`
 * (nl of them) and `rh` (nr). The backward cell is the forward one moved
 * within its block of 32 (ibm1.ts's `cellOfHashes`).
 */
export function sparseCodes(sparse: SparseCells, lh: Int32Array, nl: number, rh: Int32Array, nr: number, out: Uint16Array, at: number): void {
  const mask = (1 << sparse.fwd.bits) - 1;
  const { fwd, bwd, fwdCodes, bwdCodes } = sparse;
  for (let v = 0, k = at; v < nr; v++) {
    const hv = rh[v]!;
    for (let u = 0; u < nl; u++, k++) {
      const hu = lh[u]!;
      const c = (hu + hv) & mask;
      out[k] = codeAt(fwd, fwdCodes, c) | (codeAt(bwd, bwdCodes, c ^ ((hu ^ hv) >>> 27)) << 8);
    }
  }
}
