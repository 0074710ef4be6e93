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
  // Copies runs of kept characters (letters, marks, ASCII digits, surrogate halves) as slices, not one by one.
  let out = '';
  let run = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const cls = CLASS_OF[c]!;
    if (cls === C_LETTER || cls === C_MARK || (c >= 0x30 && c <= 0x39) || (c >= 0xd800 && c <= 0xdfff)) continue;
    if (run < i) out += folded.slice(run, i);
    run = i + 1;
    if (cls === C_DIGIT) out += String(digitValue(c));
  }
  return run === 0 ? folded : out + folded.slice(run);
}

/** Stable 64-bit hash of a normalised pair, as 16 hex digits. */
export function pairHash(src: string, tgt: string): string {
  return pairHashOfKeys(dedupeKey(src), dedupeKey(tgt));
}

/** {@link pairHash} from the sides' dedupe keys. */
export function pairHashOfKeys(srcKey: string, tgtKey: string): string {
  return hasher.h64ToString(`${srcKey}\u0000${tgtKey}`);
}

/** A 53-bit number for in-memory sets, from two 32-bit xxhash values of a key. */
export function hash53(key: string): number {
  return hash53OfBytes(utf8(key, 0));
}

/** Which side hashes {@link hash53Keys} computes besides the pair's: bit 1 the source's, bit 2 the target's. */
export const HASH_SRC = 1;
export const HASH_TGT = 2;

/**
 * {@link hash53} of `srcKey + "\u0000" + tgtKey` into `out[0]`, and of
 * `srcKey` / `tgtKey` into `out[1]` / `out[2]` when `sides` asks for them
 * (else 0), from one UTF-8 encoding: the byte strings are ranges of it. Each
 * hash is two xxh32 calls that copy their bytes into WebAssembly memory, so
 * the side hashes (needed only for per-side dedupe) are skipped otherwise.
 */
export function hash53Keys(srcKey: string, tgtKey: string, out: Float64Array, sides = HASH_SRC | HASH_TGT): Float64Array {
  const src = utf8(srcKey, 0);
  const end = src.length;
  scratch[end] = 0;
  const tgt = utf8(tgtKey, end + 1);
  const all = scratch.subarray(0, end + 1 + tgt.length);
  out[0] = hash53OfBytes(all);
  out[1] = sides & HASH_SRC ? hash53OfBytes(all.subarray(0, end)) : 0;
  out[2] = sides & HASH_TGT ? hash53OfBytes(tgt) : 0;
  return out;
}

function hash53OfBytes(bytes: Uint8Array): number {
  return hasher.h32Raw(bytes, 0) * 2097152 + (hasher.h32Raw(bytes, 0x9e3779b9) >>> 11);
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 12);

/** The UTF-8 bytes of `text` written into the scratch buffer at `at` (grown as needed; earlier bytes kept). */
function utf8(text: string, at: number): Uint8Array {
  const need = at + text.length * 3;
  if (need > scratch.length) {
    const grown = new Uint8Array(Math.max(need, scratch.length * 2));
    grown.set(scratch.subarray(0, at));
    scratch = grown;
  }
  const { written } = encoder.encodeInto(text, scratch.subarray(at));
  return scratch.subarray(at, at + written);
}
