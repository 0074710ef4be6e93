/**
 * One pass over a text's code points, one table read each: letters per
 * script, code points per fine character class, visible characters and
 * whitespace-separated words. The measurement filters share (script
 * consistency, non-letter share, untranslated copy, length in characters or
 * words) and what {@link scriptProfile} reports.
 */
import { BMP_CLASS, BMP_SCRIPT, C_CONTROL, C_FORMAT, C_LETTER, C_MARK, C_SPACE, FINE_CHAR_CLASSES, SCRIPTS, SCRIPT_INDEX, charClassOf, scriptOfCodePoint } from './code-point-tables.ts';

export interface TextProfile {
  /** Code points. */
  codePoints: number;
  /**
   * Letters per script index ({@link SCRIPTS}); a combining mark counts for
   * its own script, or (an inherited mark, `Zinh`) for the letter it sits
   * on — a lone one for `Zyyy`.
   */
  scripts: Uint32Array;
  /** Code points per fine class ({@link FINE_CHAR_CLASSES}: `classes[C_DIGIT]` …). */
  classes: Uint32Array;
  /** Letters and marks (the sum of `scripts`). */
  letters: number;
  /**
   * Characters a reader sees: code points that are not marks, spaces,
   * controls or format characters. Equals the grapheme-cluster count for
   * most text (exact UAX #29 clusters: `countGraphemes`).
   */
  visible: number;
  /** Whitespace-separated tokens. */
  words: number;
}

const ZINH = SCRIPT_INDEX.Zinh!;
const ZYYY = SCRIPT_INDEX.Zyyy!;

/** An empty profile, to pass to {@link textProfile} as `into` and reuse across calls. */
export function emptyTextProfile(): TextProfile {
  return { codePoints: 0, scripts: new Uint32Array(SCRIPTS.length), classes: new Uint32Array(FINE_CHAR_CLASSES.length), letters: 0, visible: 0, words: 0 };
}

/**
 * Profiles `text` in one pass. `into` (from {@link emptyTextProfile}) is
 * reset and filled instead of allocating a new profile, for hot loops.
 */
export function textProfile(text: string, into: TextProfile = emptyTextProfile()): TextProfile {
  const scripts = into.scripts;
  const classes = into.classes;
  scripts.fill(0);
  classes.fill(0);
  let codePoints = 0;
  let visible = 0;
  let words = 0;
  let inWord = false;
  let lastLetterScript = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    let cls: number;
    let script: number;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cp = ((cp - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00) + 0x10000;
      cls = charClassOf(cp);
      script = scriptOfCodePoint(cp);
    } else {
      cls = BMP_CLASS[cp]!;
      script = BMP_SCRIPT[cp]!;
    }
    codePoints++;
    classes[cls]!++;
    if (cls === C_SPACE) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
    if (cls !== C_MARK && cls !== C_SPACE && cls !== C_CONTROL && cls !== C_FORMAT) visible++;
    if (cls !== C_LETTER && cls !== C_MARK) {
      lastLetterScript = -1;
      continue;
    }
    if (script === ZINH) script = lastLetterScript >= 0 ? lastLetterScript : ZYYY;
    scripts[script]!++;
    lastLetterScript = script;
  }
  into.codePoints = codePoints;
  into.letters = classes[C_LETTER]! + classes[C_MARK]!;
  into.visible = visible;
  into.words = words;
  return into;
}

/** Index ({@link SCRIPTS}) of the script with most letters, `Zyyy` aside; -1 without letters. Kana and Han stay apart. */
export function dominantScriptIndex(profile: TextProfile): number {
  let best = -1;
  let bestCount = 0;
  const s = profile.scripts;
  for (let i = 0; i < s.length; i++) {
    if (i !== ZYYY && s[i]! > bestCount) {
      best = i;
      bestCount = s[i]!;
    }
  }
  return best;
}
