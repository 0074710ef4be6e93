/**
 * Length in the unit that fits the script: words for spaced scripts, visible
 * characters (≈ grapheme clusters: base characters without their combining
 * marks) for unspaced ones (the registry's `wordUnit`). Counting marks apart
 * matters for Myanmar, Khmer and Devanagari, whose JS string length is far
 * above what a reader sees.
 */
import type { WordUnit } from '@silkloom/core';
import { C_CONTROL, C_FORMAT, C_LETTER, C_MARK, C_SPACE, CLASS_OF, S_HANI, S_LATN, SCRIPT_CODES, SCRIPT_OF, scriptIndex } from './char-table.ts';

const S_HANG = SCRIPT_CODES.indexOf('Hang');
const S_KANA = SCRIPT_CODES.indexOf('Kana');
const S_KHMR = SCRIPT_CODES.indexOf('Khmr');
const S_MYMR = SCRIPT_CODES.indexOf('Mymr');

export type LengthUnit = 'grapheme' | 'word';

export function lengthUnitFor(wordUnit: WordUnit | undefined): LengthUnit {
  return wordUnit === 'segmenter' ? 'grapheme' : 'word';
}

/**
 * Visible characters: code points that are not combining marks, spaces,
 * controls or format characters. A Latin word (a name, "eBay", "GDP") counts
 * as the characters a transliteration into the text's own script would take,
 * since the other side often writes the same name in its script: one per
 * syllable (vowel group) in Han, Kana or Hangul text (Provenzano, 4 →
 * 普罗文扎诺), one per consonant in Khmer or Burmese text, whose vowels are
 * marks (Nadia, 2 → ណាឌៀ), one per letter in Thai, Lao or other text, whose
 * vowels are letters (Provenzano, 10 → โปรเวนซาโน). Counted as one each, a
 * Thai side naming three people in Latin read a third too short against
 * Chinese writing them in Han. A run of digits counts as one (a number is
 * one word on either side); digits inside a Latin word (COVID19, MP3) add
 * nothing to it; a Latin word in a text with no letters of another script
 * counts one; an accented letter (é) is counted where it stands and splits
 * the Latin word around it. A Latin gloss in brackets right after a word of
 * another script, or after the closing quote of one (塞伦盖蒂（Serengeti）,
 * ໂປຼເວນຊາໂນ່ (Provenzano), “巴塞罗那跑步之旅”（Running Tours Barcelona）)
 * counts as nothing: it repeats the name before it, which the other side
 * writes once.
 */
export function countVisible(text: string): number {
  let n = 0;
  const latin = new LatinWords();
  let inRun = false;
  /** Whether the last visible character was a letter of a non-Latin script, or a closing quote after one. */
  let afterWord = false;
  const scripts = new LetterScripts();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
      latin.add(c);
      inRun = true;
      afterWord = false;
      continue;
    }
    if (inRun) latin.end();
    inRun = false;
    if (afterWord && (c === 0x28 || c === 0xff08)) {
      const close = latinGlossEnd(text, i + 1);
      if (close > 0) {
        i = close;
        afterWord = false;
        continue;
      }
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    const cls = CLASS_OF[c]!;
    // Spaces and format characters (a zero-width space before the bracket in Khmer or Lao) keep `afterWord`.
    if (cls === C_SPACE) continue;
    if (cls === C_FORMAT) continue;
    if (afterWord && isClosingQuote(c)) {
      n++;
      continue;
    }
    afterWord = c >= 0x80 && (cls === C_LETTER || cls === C_MARK || isAstralLetter(text, i, c));
    if (cls === C_MARK || (cls === C_CONTROL && c < 0xd800)) continue;
    n++;
    if (afterWord) scripts.add(text, i, c);
  }
  if (inRun) latin.end();
  return n + scripts.latinUnits(latin);
}

/** How the letters of a text that are not Latin divide between the three ways of transliterating a Latin word. */
class LetterScripts {
  /** Han, Kana, Hangul: a character per syllable. */
  private syllabic = 0;
  /** Khmer, Myanmar: vowels are marks, a character per consonant. */
  private consonantal = 0;
  /** Thai, Lao and the rest: vowels are letters, a character per letter. */
  private alphabetic = 0;

  add(text: string, i: number, c: number): void {
    const script = c >= 0xd800 && c <= 0xdbff ? scriptIndex(text.codePointAt(i)!) : SCRIPT_OF[c]!;
    // An accented Latin letter (é in Café) belongs to the Latin words: counted as a script of its own, it would switch a Latin-only text to letter units.
    if (script === S_LATN) return;
    if (script === S_HANI || script === S_HANG || script === S_KANA) this.syllabic++;
    else if (script === S_KHMR || script === S_MYMR) this.consonantal++;
    else this.alphabetic++;
  }

  /** The Latin words in the unit of the text's main script (one each in a text with no other letters). */
  latinUnits(latin: LatinWords): number {
    const { syllabic, consonantal, alphabetic } = this;
    if (!syllabic && !consonantal && !alphabetic) return latin.runs;
    if (syllabic >= consonantal && syllabic >= alphabetic) return latin.syllables;
    return consonantal >= alphabetic ? latin.consonants : latin.letters;
  }
}

/**
 * The Latin words (runs of ASCII letters and digits) of a text, summed in the
 * units a transliteration would take: letters, consonants, syllables (vowel
 * groups; y counts as a vowel). Each word counts at least one in every unit,
 * so a run of digits alone counts one.
 */
class LatinWords {
  runs = 0;
  letters = 0;
  consonants = 0;
  syllables = 0;
  private runLetters = 0;
  private runConsonants = 0;
  private runSyllables = 0;
  private lastVowel = false;

  add(c: number): void {
    if (c <= 0x39) {
      this.lastVowel = false;
      return;
    }
    const vowel = isLatinVowel(c | 0x20);
    this.runLetters++;
    if (vowel && !this.lastVowel) this.runSyllables++;
    if (!vowel) this.runConsonants++;
    this.lastVowel = vowel;
  }

  end(): void {
    this.runs++;
    this.letters += Math.max(1, this.runLetters);
    this.consonants += Math.max(1, this.runConsonants);
    this.syllables += Math.max(1, this.runSyllables);
    this.runLetters = this.runConsonants = this.runSyllables = 0;
    this.lastVowel = false;
  }
}

function isLatinVowel(lower: number): boolean {
  return lower === 0x61 || lower === 0x65 || lower === 0x69 || lower === 0x6f || lower === 0x75 || lower === 0x79;
}

/** ” ’ 」 』 》 〉: a gloss in brackets after a quoted or titled name still follows the name. */
function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x300b || c === 0x3009;
}

/** Whether a high surrogate at `i` starts a supplementary-plane letter (CJK Extension B and on). */
function isAstralLetter(text: string, i: number, c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && ASTRAL_LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}
const ASTRAL_LETTER = /^\p{L}$/u;

/** The index of the closing bracket of a short all-Latin gloss starting at `from` (names: letters, digits, spaces, . - ' & ,), or -1. */
function latinGlossEnd(text: string, from: number): number {
  let letters = 0;
  for (let j = from; j < text.length && j < from + 80; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x29 || c === 0xff09) return letters ? j : -1;
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    else if (!((c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x2e || c === 0x2d || c === 0x27 || c === 0x26 || c === 0x2c)) return -1;
  }
  return -1;
}

/** Whitespace-separated tokens that hold at least one non-space visible character. */
export function countSpacedWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = CLASS_OF[text.charCodeAt(i)]!;
    if (cls === C_SPACE) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export function lengthIn(text: string, unit: LengthUnit): number {
  return unit === 'grapheme' ? countVisible(text) : countSpacedWords(text);
}
