/**
 * Normalised keys for exact deduplication (OpusFilter `remove_duplicates`
 * letters-only + lowercase, Bifixer's aggressive dedup): NFKC (full-width →
 * ASCII, compatibility forms folded), lower-cased, digits of every script
 * mapped to ASCII, then only letters, marks and digits kept. Two pairs that
 * differ only in case, spacing, punctuation, digit script or width share a key.
 *
 * {@link pairHash} is the stable, documented form other packages store
 * (the store's "already have it" index): xxh64 (seed 0) of
 * `srcKey + "\u0000" + tgtKey`, as 16 lower-case hex digits.
 */
import xxhash from 'xxhash-wasm';
import { C_DIGIT, C_LETTER, C_MARK, CLASS_OF } from '../text-shim/char-table.ts';
import { digitValue } from '../text-shim/numbers.ts';

const hasher = await xxhash();

export function dedupeKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const cls = CLASS_OF[c]!;
    if (cls === C_DIGIT) out += String(digitValue(c));
    else if (cls === C_LETTER || cls === C_MARK) out += folded[i];
    else if (c >= 0xd800 && c <= 0xdfff) out += folded[i];
  }
  return out;
}

/** Stable 64-bit hash of a normalised pair, as 16 hex digits. */
export function pairHash(src: string, tgt: string): string {
  return hasher.h64ToString(`${dedupeKey(src)}\u0000${dedupeKey(tgt)}`);
}

/** A 53-bit number for in-memory sets, from two 32-bit xxhash values of a key. */
export function hash53(key: string): number {
  return hasher.h32(key, 0) * 2097152 + (hasher.h32(key, 0x9e3779b9) >>> 11);
}
