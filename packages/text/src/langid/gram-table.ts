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
 */
import type { WordSink } from './gram-scanner.ts';

const EMPTY = -1;

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
  readonly parts: GramTableParts;
  /** Children of the root by code unit (-1: none). */
  readonly rootChild = new Int32Array(0x10000).fill(EMPTY);
  /** Open-addressing table: (parent, unit) → child, parent -1 marks an empty slot. */
  readonly keyParent: Int32Array;
  readonly keyUnit: Uint16Array;
  readonly keyChild: Int32Array;
  readonly mask: number;

  constructor(parts: GramTableParts) {
    this.parts = parts;
    this.nodes = parts.parents.length;
    let capacity = 16;
    while (capacity < this.nodes * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keyParent = new Int32Array(capacity).fill(EMPTY);
    this.keyUnit = new Uint16Array(capacity);
    this.keyChild = new Int32Array(capacity);
    for (let k = 1; k < this.nodes; k++) {
      const parent = parts.parents[k]!;
      const unit = parts.units[k]!;
      if (parent === 0) {
        this.rootChild[unit] = k;
        continue;
      }
      let h = slot(parent, unit) & this.mask;
      while (this.keyParent[h] !== EMPTY) h = (h + 1) & this.mask;
      this.keyParent[h] = parent;
      this.keyUnit[h] = unit;
      this.keyChild[h] = k;
    }
  }

  /** Child of `node` by code unit `unit`, or -1. */
  child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit]!;
    const mask = this.mask;
    for (let h = slot(node, unit) & mask; ; h = (h + 1) & mask) {
      const p = this.keyParent[h]!;
      if (p === node && this.keyUnit[h] === unit) return this.keyChild[h]!;
      if (p === EMPTY) return EMPTY;
    }
  }

  /** Bytes held by the typed arrays (for memory reports). */
  get byteLength(): number {
    const p = this.parts;
    return this.rootChild.byteLength + this.keyParent.byteLength + this.keyUnit.byteLength + this.keyChild.byteLength +
      p.parents.byteLength + p.units.byteLength + p.postStart.byteLength + p.postLang.byteLength + p.postValue.byteLength;
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

  constructor(table: GramTable, order: number, floors: Float64Array, languages: number) {
    this.table = table;
    this.order = order;
    this.floors = floors;
    this.acc = new Float64Array(languages);
    this.nodeWeight = new Float64Array(table.nodes);
    this.touched = new Int32Array(table.nodes);
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
    return this.acc.byteLength + this.nodeWeight.byteLength + this.touched.byteLength;
  }

  /**
   * What {@link flush} would leave in `acc`, written to `out` (length ≥ languages)
   * without flushing: the scan can go on and a later flush sums every posting
   * in the same order, as if this had not been asked.
   */
  peekInto(out: Float64Array): void {
    const { postStart, postLang, postValue } = this.table.parts;
    const { nodeWeight, touched } = this;
    out.fill(0);
    for (let k = 0; k < this.touchedCount; k++) {
      const node = touched[k]!;
      const w = nodeWeight[node]!;
      for (let p = postStart[node]!, end = postStart[node + 1]!; p < end; p++) out[postLang[p]!]! += w * postValue[p]!;
    }
  }

  /** Adds the postings of every n-gram seen since {@link reset} to `acc`, weighted by its occurrences. */
  flush(): void {
    const { postStart, postLang, postValue } = this.table.parts;
    const { acc, nodeWeight, touched } = this;
    for (let k = 0; k < this.touchedCount; k++) {
      const node = touched[k]!;
      const w = nodeWeight[node]!;
      nodeWeight[node] = 0;
      for (let p = postStart[node]!, end = postStart[node + 1]!; p < end; p++) acc[postLang[p]!]! += w * postValue[p]!;
    }
    this.touchedCount = 0;
  }

  word(units: Uint16Array, length: number, weight: number, index: number): void {
    const len = length + 2;
    const order = this.order;
    // Every n-gram of the padded word counts, seen or not (the lone padding spaces aside).
    for (let n = 1; n <= order && n <= len; n++) {
      const count = len - n + 1 - (n === 1 ? 2 : 0);
      this.grams += weight * count;
      this.floorSum += weight * count * this.floors[n - 1]!;
    }
    const t = this.table;
    const { rootChild, keyParent, keyUnit, keyChild, mask } = t;
    const { nodeWeight, touched } = this;
    for (let i = 0; i < len; i++) {
      let node = rootChild[units[i]!]!;
      if (node < 0) continue;
      const maxN = Math.min(order, len - i);
      // The unigram of a padding space is not a feature; its node only leads to longer n-grams.
      const skipUnigram = i === 0 || i === len - 1;
      for (let d = 1; ; ) {
        if (d > 1 || !skipUnigram) {
          if (nodeWeight[node] === 0) touched[this.touchedCount++] = node;
          nodeWeight[node]! += weight;
        }
        if (++d > maxN) break;
        // GramTable.child(node, unit), inlined.
        const unit = units[i + d - 1]!;
        let h = slot(node, unit) & mask;
        for (;;) {
          const p = keyParent[h]!;
          if (p === node && keyUnit[h] === unit) break;
          if (p === EMPTY) {
            h = -1;
            break;
          }
          h = (h + 1) & mask;
        }
        if (h < 0) break;
        node = keyChild[h]!;
      }
    }
    this.also?.word(units, length, weight, index);
  }
}
