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
  return simpleKey(text) ?? foldedKey(text);
}

/** {@link dedupeKey} as defined: NFKC, lower-case, then only letters, marks and digits (as ASCII). */
export function foldedKey(text: string): string {
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

const DROP = 0;
const COMPLEX = 0xffff;

/**
 * The table of simple units: per BMP code unit, what the key makes of it when it stands in text of
 * such units only: the kept unit (lower-cased, digits as ASCII), {@link DROP},
 * or {@link COMPLEX}. A unit is simple when NFKC maps it the same in any
 * context: either it leaves it alone — unchanged on its own, not a combining
 * mark (marks reorder and compose), not a conjoining Hangul jamo (jamo
 * compose with what precedes), not starting with a mark when decomposed — or
 * it maps it to one printable ASCII character (full-width ＡＢ１，：), which
 * composes with nothing that is not a mark; and lower-casing then maps it to
 * one unit without looking at its neighbours (not Σ, whose lower case
 * depends on the word's end; not İ, which becomes two units). Text of simple
 * units only is NFKC-normalised unit by unit and lower-cases unit by unit, so
 * its key is one table look-up per unit.
 */
function buildSimpleKey(): Uint16Array {
  const table = new Uint16Array(0x10000).fill(COMPLEX);
  const jamo = (c: number) => (c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff);
  const keyOf = (l: number, cls: number) => (cls === C_LETTER || (l >= 0x30 && l <= 0x39) ? l : cls === C_DIGIT ? 0x30 + digitValue(l) : DROP);
  for (let from = 0; from < 0x10000; from += 256) {
    if (from >= 0xd800 && from < 0xe000) continue;
    // A block that NFKC, NFD and lower-casing all leave alone (most of Han, Hangul, Yi) holds only
    // units each of them leaves alone on its own: one test instead of 256 of each (~35 ms a thread).
    const block = String.fromCharCode(...Array.from({ length: 256 }, (_, k) => from + k));
    const quiet = !block.includes('Σ') && block.normalize('NFKC') === block && block.normalize('NFD') === block && block.toLowerCase() === block;
    for (let c = from; c < from + 256; c++) {
      if (CLASS_OF[c] === C_MARK || jamo(c) || c === 0x03a3) continue;
      if (quiet) {
        table[c] = keyOf(c, CLASS_OF[c]!);
        continue;
      }
      const ch = String.fromCharCode(c);
      const nfkc = ch.normalize('NFKC');
      const ascii = nfkc.length === 1 && nfkc >= ' ' && nfkc <= '~';
      if (nfkc !== ch && !ascii) continue;
      if (CLASS_OF[ch.normalize('NFD').charCodeAt(0)] === C_MARK) continue;
      const lower = nfkc.toLowerCase();
      if (lower.length !== 1 || lower.normalize('NFKC') !== lower) continue;
      const l = lower.charCodeAt(0);
      const cls = CLASS_OF[l]!;
      if (cls === C_MARK || jamo(l) || (l >= 0xd800 && l <= 0xdfff)) continue;
      table[c] = keyOf(l, cls);
    }
  }
  return table;
}

/** Built on first use (~20 ms): a thread that never keys text (the main thread with workers) never builds it. */
let SIMPLE_KEY: Uint16Array | undefined;

let keyUnits = new Uint16Array(1024);
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** The fast path decodes native-order Uint16 units as UTF-16LE: on a big-endian host it stays off. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** {@link dedupeKey} of text made of simple units only (see {@link SIMPLE_KEY}), or undefined. */
function simpleKey(text: string): string | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  const table = (SIMPLE_KEY ??= buildSimpleKey());
  if (keyUnits.length < text.length) keyUnits = new Uint16Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const k = table[text.charCodeAt(i)]!;
    if (k === COMPLEX) return undefined;
    if (k !== DROP) keyUnits[n++] = k;
  }
  return utf16.decode(keyUnits.subarray(0, n));
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
