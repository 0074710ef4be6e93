/**
 * Counts of letters per script and of character classes in a text — the
 * measurement several filters share (script consistency, non-letter share,
 * untranslated copy). One pass, one array read per character.
 */
import { C_DIGIT, C_LETTER, C_MARK, C_PUNCT, C_SPACE, C_SYMBOL, CLASS_OF, S_OTHER, SCRIPT_CODES, SCRIPT_OF, classIndex, scriptIndex } from './char-table.ts';

export interface TextProfile {
  /** Letters per script index (see SCRIPT_CODES). */
  letters: Uint32Array;
  letterTotal: number;
  marks: number;
  digits: number;
  punct: number;
  symbols: number;
  spaces: number;
  other: number;
  /** Code points. */
  length: number;
}

/**
 * A profile's letter counts are a view on a shared slab of zeroed memory,
 * handed out in order and never reused. A `Uint32Array` of its own (23
 * counts, 92 bytes: over V8's 64-byte limit for typed arrays kept in the
 * heap) allocated a backing store outside the heap for each profile, two a
 * pair, each freed by a sweep on V8's platform threads (bench/clean/README.md,
 * branches `gcdiet` and `jit`). A slab lives as long as its last profile.
 */
const PROFILES_PER_SLAB = 512;
let slab = new ArrayBuffer(0);
let slabProfiles = PROFILES_PER_SLAB;

function newLetterCounts(): Uint32Array {
  const n = SCRIPT_CODES.length;
  if (slabProfiles === PROFILES_PER_SLAB) {
    slab = new ArrayBuffer(PROFILES_PER_SLAB * n * Uint32Array.BYTES_PER_ELEMENT);
    slabProfiles = 0;
  }
  return new Uint32Array(slab, slabProfiles++ * n * Uint32Array.BYTES_PER_ELEMENT, n);
}

export function textProfile(text: string): TextProfile {
  const letters = newLetterCounts();
  let letterTotal = 0, marks = 0, digits = 0, punct = 0, symbols = 0, spaces = 0, other = 0, length = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let cls: number, script: number;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
      cls = classIndex(cp);
      script = scriptIndex(cp);
    } else {
      cls = CLASS_OF[cp]!;
      script = SCRIPT_OF[cp]!;
    }
    length++;
    switch (cls) {
      case C_LETTER:
        letters[script] = letters[script]! + 1;
        letterTotal++;
        break;
      case C_MARK: marks++; break;
      case C_DIGIT: digits++; break;
      case C_PUNCT: punct++; break;
      case C_SYMBOL: symbols++; break;
      case C_SPACE: spaces++; break;
      default: other++;
    }
  }
  return { letters, letterTotal, marks, digits, punct, symbols, spaces, other, length };
}

/** Script index holding most letters, or -1 when there are none. */
export function dominantScriptIndex(p: TextProfile): number {
  let best = -1, bestCount = 0;
  for (let i = 0; i < p.letters.length; i++) {
    if (p.letters[i]! > bestCount) {
      bestCount = p.letters[i]!;
      best = i;
    }
  }
  return best;
}

/** Share of letters written in any of `scripts` (indices). */
export function shareInScripts(p: TextProfile, scripts: readonly number[]): number {
  if (!p.letterTotal) return 0;
  let n = 0;
  for (const s of scripts) if (s !== S_OTHER || scripts.length) n += p.letters[s] ?? 0;
  return n / p.letterTotal;
}
