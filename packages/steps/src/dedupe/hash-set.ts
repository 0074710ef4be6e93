/**
 * Open-addressing hash sets over typed arrays: 8 bytes (53-bit keys) or 4
 * bytes (32-bit fingerprints) per slot, load ≤ 0.75 (linear probing stays a
 * few sequential reads; what a table answers does not depend on its size),
 * so a million keys take 16 MB / 8 MB instead of the ~60 MB a JS Set of
 * numbers needs. A set stops
 * growing at `maxKeys` (the stated memory bound) and then reports `full`.
 * {@link RowIndex} is a map whose keys live in the rows it points to
 * ({@link PagedRows}), so its slots hold only a row id.
 */

import { fmix32 } from './minhash.ts';

/** Folds the high bits in (keys can be up to 2^53), then scrambles. */
function mix(x: number): number {
  return fmix32((x ^ Math.floor(x / 4294967296)) >>> 0);
}

abstract class TypedHashSet {
  size = 0;
  protected mask: number;
  readonly maxKeys: number;
  protected abstract table: Float64Array | Uint32Array;

  constructor(maxKeys: number, initialCapacity: number) {
    this.maxKeys = maxKeys;
    this.mask = initialCapacity - 1;
  }

  get full(): boolean {
    return this.size >= this.maxKeys;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.table.byteLength;
  }

  protected abstract make(capacity: number): Float64Array | Uint32Array;
  protected abstract norm(key: number): number;

  has(key: number): boolean {
    const k = this.norm(key);
    const t = this.table;
    let i = mix(k) & this.mask;
    for (;;) {
      const v = t[i];
      if (v === 0) return false;
      if (v === k) return true;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds the key; returns false when it was present or the set is full. */
  add(key: number): boolean {
    if (this.size >= this.maxKeys) return false;
    if ((this.size + 1) * 4 > this.table.length * 3) this.grow();
    const k = this.norm(key);
    const t = this.table;
    let i = mix(k) & this.mask;
    for (;;) {
      const v = t[i];
      if (v === 0) {
        t[i] = k;
        this.size++;
        return true;
      }
      if (v === k) return false;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = this.make(old.length * 2);
    this.mask = this.table.length - 1;
    const t = this.table;
    for (let j = 0; j < old.length; j++) {
      const k = old[j]!;
      if (k === 0) continue;
      let i = mix(k) & this.mask;
      while (t[i] !== 0) i = (i + 1) & this.mask;
      t[i] = k;
    }
  }
}

/** Set of non-negative integers below 2^53 (0 is stored as 1). */
export class Hash53Set extends TypedHashSet {
  protected table: Float64Array;
  constructor(maxKeys = 16_000_000, initialCapacity = 1024) {
    super(maxKeys, initialCapacity);
    this.table = this.make(initialCapacity);
  }
  protected make(capacity: number): Float64Array {
    return new Float64Array(capacity);
  }
  protected norm(key: number): number {
    return key === 0 ? 1 : key;
  }
}

/** Set of 32-bit fingerprints (0 is stored as 1); false-positive rate ≈ size / 2^32 per lookup. */
export class Hash32Set extends TypedHashSet {
  protected table: Uint32Array;
  constructor(maxKeys = 16_000_000, initialCapacity = 1024) {
    super(maxKeys, initialCapacity);
    this.table = this.make(initialCapacity);
  }
  protected make(capacity: number): Uint32Array {
    return new Uint32Array(capacity);
  }
  protected norm(key: number): number {
    return key >>> 0 || 1;
  }
}

/**
 * Rows of `stride` 32-bit words, appended in pages of `pageRows` rows: growing
 * never copies what is stored nor reserves twice the room (a doubled array
 * would hold up to 2× the rows, and both copies while it grows).
 */
export class PagedRows {
  count = 0;
  readonly stride: number;
  private readonly pages: Uint32Array[] = [];
  private readonly pageBits: number;
  private readonly pageMask: number;

  /** `pageBits`: log2 of the rows a page holds. */
  constructor(stride: number, pageBits = 14) {
    this.stride = stride;
    this.pageBits = pageBits;
    this.pageMask = (1 << pageBits) - 1;
  }

  get bytes(): number {
    return this.pages.length * (this.pageMask + 1) * this.stride * 4;
  }

  /** Appends a row (the first `stride` words of `words`); returns its id. */
  push(words: ArrayLike<number>): number {
    const id = this.count;
    if (id >>> this.pageBits === this.pages.length) this.pages.push(new Uint32Array((this.pageMask + 1) * this.stride));
    const page = this.pages[id >>> this.pageBits]!;
    const at = (id & this.pageMask) * this.stride;
    for (let w = 0; w < this.stride; w++) page[at + w] = words[w]!;
    this.count++;
    return id;
  }

  /** The page holding row `id` (the row starts at {@link offset}). */
  page(id: number): Uint32Array {
    return this.pages[id >>> this.pageBits]!;
  }

  offset(id: number): number {
    return (id & this.pageMask) * this.stride;
  }

  word(id: number, w: number): number {
    return this.pages[id >>> this.pageBits]![(id & this.pageMask) * this.stride + w]!;
  }
}

/**
 * A map from 32-bit fingerprints to the first row stored under them
 * (fingerprints 0 and 1 are one key, load ≤ 0.75) for maps whose values are rows of a {@link PagedRows} holding their
 * key in word `column`: a slot stores the row id + 1 only and the key is read
 * back from the row, 4 bytes a slot instead of 8. Near-dedupe's bands all
 * index the same rows (the kept pairs' keys).
 *
 * The slot's bits above the row id (8 of them at near-dedupe's default 10M
 * rows) hold a tag: the top bits of the key's scrambled hash. A probe whose
 * tag differs is passed over without reading the row — a random read, a
 * cache miss per probe, which made most of the main thread's time in
 * near-dedupe. Equal tags still compare the key itself, so what the index
 * answers is the same.
 */
export class RowIndex {
  size = 0;
  readonly maxKeys: number;
  private readonly rows: PagedRows;
  private readonly column: number;
  private slots: Uint32Array;
  private mask: number;
  /** Bits of a slot holding row id + 1 (≤ maxKeys); the tag is the bits above. */
  private readonly idBits: number;
  private readonly idMask: number;

  constructor(rows: PagedRows, column: number, maxKeys = 16_000_000, initialCapacity = 1024) {
    this.rows = rows;
    this.column = column;
    this.maxKeys = maxKeys;
    this.slots = new Uint32Array(initialCapacity);
    this.mask = initialCapacity - 1;
    this.idBits = Math.min(32, 32 - Math.clz32(maxKeys));
    this.idMask = this.idBits === 32 ? 0xffffffff : 2 ** this.idBits - 1;
  }

  get bytes(): number {
    return this.slots.byteLength;
  }

  private keyAt(slot: number): number {
    return this.rows.word((this.slots[slot]! & this.idMask) - 1, this.column) || 1;
  }

  /** The tag bits of a key's slots (0 when row ids take all 32 bits). */
  private tagOf(hash: number): number {
    return this.idBits === 32 ? 0 : (hash >>> this.idBits) << this.idBits;
  }

  get(key: number): number | undefined {
    const k = key >>> 0 || 1;
    const hash = fmix32(k);
    const tag = this.tagOf(hash);
    let i = hash & this.mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) return undefined;
      if (((v & ~this.idMask) >>> 0) === tag >>> 0 && this.keyAt(i) === k) return (v & this.idMask) - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** Indexes row `id` under its key (word `column` of the row) unless that key is present or the index is full. */
  setIfAbsent(id: number): void {
    if (this.size >= this.maxKeys) return;
    if ((this.size + 1) * 4 > this.slots.length * 3) this.grow();
    const k = this.rows.word(id, this.column) || 1;
    const hash = fmix32(k);
    const tag = this.tagOf(hash);
    let i = hash & this.mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) {
        this.slots[i] = (tag | (id + 1)) >>> 0;
        this.size++;
        return;
      }
      if (((v & ~this.idMask) >>> 0) === tag >>> 0 && this.keyAt(i) === k) return;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (let j = 0; j < old.length; j++) {
      const v = old[j]!;
      if (v === 0) continue;
      // The tag depends on the key alone: the slot moves as it is.
      let i = fmix32(this.rows.word((v & this.idMask) - 1, this.column) || 1) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = v;
    }
  }
}
