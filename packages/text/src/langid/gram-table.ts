/**
 * The n-grams of a model as a trie over UTF-16 code units, stored in typed
 * arrays: node `k` has a parent and a code unit; children are found by open
 * addressing on (parent, unit), the root's children by a direct 64 Ki table.
 * Every prefix of a model n-gram is a node, so scoring walks the n-grams
 * that start at a position together (1, 2, … `order` units) and stops at the
 * first one the model never saw — the longer ones cannot be there either.
 * Each node lists the languages that saw its n-gram with a log-probability
 * bonus over the unseen floor (postings); a language that never saw it gets
 * the floor, which is the same for every language and so is added once.
 * The compiled table keeps the postings as dense rows per node and the
 * child links as one interleaved hash table, nodes numbered by depth; the
 * scorer remembers the nodes of recently seen words. None of this changes a
 * sum: the same products are added in the same order (bench/clean/README.md,
 * "filtspeed").
 */
import type { WordSink } from './gram-scanner.ts';

const EMPTY = -1;
/** Words remembered per scorer ({@link GramScorer.word}), and the longest padded word remembered (code units). */
const MEMO_SLOTS = 2048;
const MEMO_UNITS = 16;

export interface GramTableParts {
  /** Parent of node k (k ≥ 1; node 0 is the root, parents come before children). */
  parents: Int32Array;
  /** Code unit of node k. */
  units: Uint16Array;
  /** Postings of node k: `postStart[k] .. postStart[k + 1]` in `postLang` / `postValue`. Length nodes + 1. */
  postStart: Int32Array;
  postLang: Uint16Array;
  /** Log-probability over the unseen floor of the node's n-gram, per posting. */
  postValue: Float64Array;
}

export class GramTable {
  readonly nodes: number;
  /** Children of the root by code unit (-1: none). */
  readonly rootChild = new Int32Array(0x10000).fill(EMPTY);
  /**
   * Open-addressing table: (parent, unit) → child, as triples
   * `[parent, unit, child]` in one array (parent -1 marks an empty slot), so
   * that a probe reads one cache line rather than one in each of three arrays.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /**
   * Postings as dense rows: node k's bonuses for the languages
   * `rowLang[k] .. rowLang[k] + (rowStart[k + 1] − rowStart[k]) − 1` are
   * `rowValue[rowStart[k] ..]`, 0 for a language in that span without a
   * posting. Adding w · 0 leaves a sum exactly as it was, so the sums are
   * those of the postings, in the same order; the row needs no language
   * read per posting (the languages of a node's postings are mostly
   * consecutive: those of one script).
   */
  readonly rowStart: Int32Array;
  readonly rowLang: Uint16Array;
  readonly rowValue: Float64Array;

  constructor(parts: GramTableParts) {
    const nodes = (this.nodes = parts.parents.length);
    const { parents, units, postStart, postLang, postValue } = parts;
    // Nodes are renumbered by depth (unigrams, then bigrams, …; the model's order within a depth): the
    // short n-grams every text reaches then sit together at the start of each per-node array, where
    // they stay in cache. Numbering changes no sum: postings are added in the order nodes are first seen.
    const depth = new Uint8Array(nodes);
    const atDepth = new Int32Array(256);
    for (let k = 1; k < nodes; k++) atDepth[(depth[k] = Math.min(depth[parents[k]!]! + 1, 255))]!++;
    const firstAt = new Int32Array(256);
    for (let d = 1, next = 1; d < 256; d++) {
      firstAt[d] = next;
      next += atDepth[d]!;
    }
    const renumbered = new Int32Array(nodes);
    for (let k = 1; k < nodes; k++) renumbered[k] = firstAt[depth[k]!]!++;
    let capacity = 16;
    while (capacity < nodes * 2) capacity *= 2;
    this.mask = capacity - 1;
    const slots = (this.slots = new Int32Array(capacity * 3).fill(EMPTY));
    const oldOf = new Int32Array(nodes);
    for (let k = 1; k < nodes; k++) {
      const id = renumbered[k]!;
      oldOf[id] = k;
      const parent = renumbered[parents[k]!]!;
      const unit = units[k]!;
      if (parent === 0) {
        this.rootChild[unit] = id;
        continue;
      }
      let h = slot(parent, unit) & this.mask;
      while (slots[h * 3] !== EMPTY) h = (h + 1) & this.mask;
      slots[h * 3] = parent;
      slots[h * 3 + 1] = unit;
      slots[h * 3 + 2] = id;
    }
    const rowStart = (this.rowStart = new Int32Array(nodes + 1));
    const rowLang = (this.rowLang = new Uint16Array(nodes));
    let cells = 0;
    for (let id = 0; id < nodes; id++) {
      rowStart[id] = cells;
      const from = postStart[oldOf[id]!]!;
      const to = postStart[oldOf[id]! + 1]!;
      if (from === to) continue;
      let lo = postLang[from]!;
      let hi = lo;
      for (let p = from; p < to; p++) {
        lo = Math.min(lo, postLang[p]!);
        hi = Math.max(hi, postLang[p]!);
      }
      rowLang[id] = lo;
      cells += hi - lo + 1;
    }
    rowStart[nodes] = cells;
    const rowValue = (this.rowValue = new Float64Array(cells));
    const filled = new Uint8Array(cells);
    for (let id = 0; id < nodes; id++) {
      const k = oldOf[id]!;
      for (let p = postStart[k]!; p < postStart[k + 1]!; p++) {
        const cell = rowStart[id]! + postLang[p]! - rowLang[id]!;
        // Two postings of one language in a node would be summed here before being weighted: not the same sum.
        if (filled[cell]) throw new Error(`n-gram node ${k} has two postings for language ${postLang[p]}`);
        filled[cell] = 1;
        rowValue[cell] = postValue[p]!;
      }
    }
  }

  /** Child of `node` by code unit `unit`, or -1. */
  child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit]!;
    const { mask, slots } = this;
    for (let h = slot(node, unit) & mask; ; h = (h + 1) & mask) {
      const p = slots[h * 3]!;
      if (p === node && slots[h * 3 + 1] === unit) return slots[h * 3 + 2]!;
      if (p === EMPTY) return EMPTY;
    }
  }

  /** Bytes held by the typed arrays (for memory reports). */
  get byteLength(): number {
    return this.rootChild.byteLength + this.slots.byteLength + this.rowStart.byteLength + this.rowLang.byteLength + this.rowValue.byteLength;
  }
}

function slot(parent: number, unit: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ unit;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Sums, over the n-grams of the words it is given, the posting bonuses per
 * language (`acc`), the weighted number of n-grams and the weighted sum of
 * unseen floors — mean log-likelihood of language l = (floorSum + acc[l]) /
 * grams. One instance per model, reset per text.
 */
export class GramScorer implements WordSink {
  readonly acc: Float64Array;
  grams = 0;
  floorSum = 0;
  /** A second sink that sees the same words (function words), or undefined. */
  also: WordSink | undefined;
  private readonly table: GramTable;
  private readonly order: number;
  private readonly floors: Float64Array;
  /**
   * Weighted occurrences of each node in the text so far, and the nodes
   * touched: postings are added once per distinct n-gram at the end
   * ({@link flush}), not once per occurrence — a sentence repeats its
   * letters and common bigrams many times.
   */
  private readonly nodeWeight: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /**
   * The nodes each recently seen word's n-grams reach, in the order
   * {@link word} visits them (which depends on the word's units alone), so a
   * word seen before is counted without walking the trie again: most running
   * words are frequent words (the, of, and, de, и …). Direct-mapped by the
   * word's hash; a word longer than {@link MEMO_UNITS} − 2 units is walked.
   * `memoLength[s]`: padded length of the word in slot s (0: empty).
   */
  private readonly memoLength = new Uint8Array(MEMO_SLOTS);
  private readonly memoHash = new Int32Array(MEMO_SLOTS);
  private readonly memoUnits = new Uint16Array(MEMO_SLOTS * MEMO_UNITS);
  private readonly memoCount = new Uint8Array(MEMO_SLOTS);
  private readonly memoNodes: Int32Array;

  constructor(table: GramTable, order: number, floors: Float64Array, languages: number) {
    this.table = table;
    this.order = order;
    this.floors = floors;
    this.acc = new Float64Array(languages);
    this.nodeWeight = new Float64Array(table.nodes);
    this.touched = new Int32Array(table.nodes);
    this.memoNodes = new Int32Array(MEMO_SLOTS * MEMO_UNITS * order);
  }

  reset(): void {
    this.acc.fill(0);
    this.grams = 0;
    this.floorSum = 0;
    this.also = undefined;
    for (let k = 0; k < this.touchedCount; k++) this.nodeWeight[this.touched[k]!] = 0;
    this.touchedCount = 0;
  }

  /** Bytes of the scratch arrays. */
  get byteLength(): number {
    return this.acc.byteLength + this.nodeWeight.byteLength + this.touched.byteLength +
      this.memoLength.byteLength + this.memoHash.byteLength + this.memoUnits.byteLength + this.memoCount.byteLength + this.memoNodes.byteLength;
  }

  /**
   * What {@link flush} would leave in `acc`, written to `out` (length ≥ languages)
   * without flushing: the scan can go on and a later flush sums every posting
   * in the same order, as if this had not been asked.
   */
  peekInto(out: Float64Array): void {
    out.fill(0);
    this.addRows(out, false);
  }

  /** Adds each touched node's row, weighted by its occurrences, to `out` (in the order the nodes were first seen); `clear`: zeroes the weights. */
  private addRows(out: Float64Array, clear: boolean): void {
    const { rowStart, rowLang, rowValue } = this.table;
    const { nodeWeight, touched } = this;
    for (let k = 0, n = this.touchedCount; k < n; k++) {
      const node = touched[k]!;
      const w = nodeWeight[node]!;
      if (clear) nodeWeight[node] = 0;
      for (let p = rowStart[node]!, end = rowStart[node + 1]!, l = rowLang[node]!; p < end; p++, l++) out[l] = out[l]! + w * rowValue[p]!;
    }
  }

  /** Adds the postings of every n-gram seen since {@link reset} to `acc`, weighted by its occurrences. */
  flush(): void {
    this.addRows(this.acc, true);
    this.touchedCount = 0;
  }

  /**
   * The memo slot of the padded word `units[0 .. len)`: the slot holds it when
   * `memoLength[slot] === len` on return; otherwise the slot is emptied for it.
   */
  private memoSlot(units: Uint16Array, len: number): number {
    let hash = 0x811c9dc5;
    for (let i = 1; i < len - 1; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
    const s = (hash ^ (hash >>> 16)) & (MEMO_SLOTS - 1);
    if (this.memoLength[s] === len && this.memoHash[s] === hash) {
      const { memoUnits } = this;
      let i = 1;
      for (let at = s * MEMO_UNITS + 1; i < len - 1 && memoUnits[at] === units[i]; i++, at++);
      if (i === len - 1) return s;
    }
    this.memoLength[s] = 0;
    this.memoHash[s] = hash;
    return s;
  }

  word(units: Uint16Array, length: number, weight: number, index: number): void {
    const len = length + 2;
    const order = this.order;
    const floors = this.floors;
    // Every n-gram of the padded word counts, seen or not (the lone padding spaces aside).
    // Summed in locals, in the same order as into the fields (the same floating-point results).
    let grams = this.grams;
    let floorSum = this.floorSum;
    for (let n = 1; n <= order && n <= len; n++) {
      const count = len - n + 1 - (n === 1 ? 2 : 0);
      grams += weight * count;
      floorSum += weight * count * floors[n - 1]!;
    }
    this.grams = grams;
    this.floorSum = floorSum;
    const { nodeWeight, touched } = this;
    // A local count: the stores into the typed arrays below would otherwise make V8 reload the field each time.
    let touchedCount = this.touchedCount;
    const memo = len <= MEMO_UNITS ? this.memoSlot(units, len) : -1;
    if (memo >= 0 && this.memoLength[memo] === len) {
      // Seen before: the same nodes in the same order, so the same sums.
      const { memoNodes } = this;
      for (let k = memo * MEMO_UNITS * order, end = k + this.memoCount[memo]!; k < end; k++) {
        const node = memoNodes[k]!;
        const w = nodeWeight[node]!;
        if (w === 0) touched[touchedCount++] = node;
        nodeWeight[node] = w + weight;
      }
      this.touchedCount = touchedCount;
      this.also?.word(units, length, weight, index);
      return;
    }
    // Not seen (memo ≥ 0: its slot, to be filled with the nodes visited).
    const { memoNodes } = this;
    const memoStart = memo >= 0 ? memo * MEMO_UNITS * order : 0;
    let visited = 0;
    const { rootChild, slots, mask } = this.table;
    for (let i = 0; i < len; i++) {
      let node = rootChild[units[i]!]!;
      if (node < 0) continue;
      const maxN = Math.min(order, len - i);
      // The unigram of a padding space is not a feature; its node only leads to longer n-grams.
      const skipUnigram = i === 0 || i === len - 1;
      for (let d = 1; ; ) {
        if (d > 1 || !skipUnigram) {
          const w = nodeWeight[node]!;
          if (w === 0) touched[touchedCount++] = node;
          nodeWeight[node] = w + weight;
          if (memo >= 0) memoNodes[memoStart + visited++] = node;
        }
        if (++d > maxN) break;
        // GramTable.child(node, unit), inlined.
        const unit = units[i + d - 1]!;
        let h = slot(node, unit) & mask;
        for (;;) {
          const p = slots[h * 3]!;
          if (p === node && slots[h * 3 + 1] === unit) break;
          if (p === EMPTY) {
            h = -1;
            break;
          }
          h = (h + 1) & mask;
        }
        if (h < 0) break;
        node = slots[h * 3 + 2]!;
      }
    }
    if (memo >= 0) {
      this.memoLength[memo] = len;
      this.memoCount[memo] = visited;
      this.memoUnits.set(units.subarray(0, len), memo * MEMO_UNITS);
    }
    this.touchedCount = touchedCount;
    this.also?.word(units, length, weight, index);
  }
}
