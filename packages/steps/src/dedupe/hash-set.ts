/**
 * Open-addressing hash sets over typed arrays: 8 bytes (53-bit keys) or 4
 * bytes (32-bit fingerprints) per slot, load ≤ 0.75 (linear probing stays a
 * few sequential reads; what a table answers does not depend on its size),
 * so a million keys take 16 MB / 8 MB instead of the ~60 MB a JS Set of
 * numbers needs. A set stops
 * growing at `maxKeys` (the stated memory bound) and then reports `full`.
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

/** Map from 32-bit fingerprints to 32-bit values (first value wins), 8 bytes a slot, load ≤ 0.75. */
export class Hash32Map {
  size = 0;
  private keys: Uint32Array;
  private vals: Uint32Array;
  private mask: number;
  readonly maxKeys: number;

  constructor(maxKeys = 16_000_000, initialCapacity = 1024) {
    this.maxKeys = maxKeys;
    this.keys = new Uint32Array(initialCapacity);
    this.vals = new Uint32Array(initialCapacity);
    this.mask = initialCapacity - 1;
  }

  get bytes(): number {
    return this.keys.byteLength + this.vals.byteLength;
  }

  get(key: number): number | undefined {
    const k = key >>> 0 || 1;
    let i = fmix32(k) & this.mask;
    for (;;) {
      const v = this.keys[i]!;
      if (v === 0) return undefined;
      if (v === k) return this.vals[i];
      i = (i + 1) & this.mask;
    }
  }

  /** Sets key → value unless the key is present or the map is full. */
  setIfAbsent(key: number, value: number): void {
    if (this.size >= this.maxKeys) return;
    if ((this.size + 1) * 4 > this.keys.length * 3) this.grow();
    const k = key >>> 0 || 1;
    let i = fmix32(k) & this.mask;
    for (;;) {
      const v = this.keys[i]!;
      if (v === 0) {
        this.keys[i] = k;
        this.vals[i] = value;
        this.size++;
        return;
      }
      if (v === k) return;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldK = this.keys, oldV = this.vals;
    this.keys = new Uint32Array(oldK.length * 2);
    this.vals = new Uint32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldK.length; j++) {
      const k = oldK[j]!;
      if (k === 0) continue;
      let i = fmix32(k) & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.vals[i] = oldV[j]!;
    }
  }
}
