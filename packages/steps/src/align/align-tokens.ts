/**
 * Tokens for the lexical alignment model: Han characters one by one (each is
 * close to a morpheme, and no dictionary is needed), ICU dictionary words for
 * Thai, Khmer, Lao and Burmese (`Intl.Segmenter`, per line: it is slow on long
 * strings), and lower-cased words cut to their first `stem` letters for spaced
 * scripts (a crude stemmer that pools inflected forms, which matters for
 * Turkish, Swahili, Russian or Kazakh with a few thousand pairs to learn from).
 * Digits of every script are read as ASCII so numbers can anchor.
 */
import { C_DIGIT, C_LETTER, C_MARK, CLASS_OF, S_HANI, SCRIPT_OF } from '../text-shim/char-table.ts';
import { digitValue } from '../text-shim/numbers.ts';

export type TokenMode = 'han' | 'segmenter' | 'space';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

export function tokenModeFor(lang: string, wordUnit: string | undefined): TokenMode {
  if (/^(zh|yue|ja|lzh|wuu)(-|$)/.test(lang)) return 'han';
  return wordUnit === 'segmenter' ? 'segmenter' : 'space';
}

function isWordChar(c: number): boolean {
  const cls = CLASS_OF[c]!;
  return cls === C_LETTER || cls === C_MARK || cls === C_DIGIT;
}

/** Arabic proclitics (wa-, fa-, bi-, li-, ka-, al-) glued to the next word: stripped so stems meet. */
const ARABIC_CLITICS = /^(?:[وف])?(?:[بلك])?(?:ال)?/;

function pushWord(word: string, stem: number, out: string[]): void {
  out.push(wordToken(word, stem));
}

/** The token of one word: Arabic proclitics stripped, all-digit words as `#digits`, others cut to `stem` letters. */
function wordToken(word: string, stem: number): string {
  if (word.charCodeAt(0) >= 0x600 && word.charCodeAt(0) <= 0x6ff) {
    const bare = word.replace(ARABIC_CLITICS, '');
    if (bare.length >= 3) word = bare;
  }
  let digits = '';
  let allDigits = true;
  for (let i = 0; i < word.length; i++) {
    const d = digitValue(word.charCodeAt(i));
    if (d < 0) {
      allDigits = false;
      break;
    }
    digits += d;
  }
  if (allDigits && digits) return `#${digits}`;
  return word.length > stem ? word.slice(0, stem) : word;
}

/**
 * {@link wordToken} of `lower[start, end)` without building the whole word
 * first: a word that starts outside Arabic and is not all digits is just its
 * first `stem` code units.
 */
function wordTokenAt(lower: string, start: number, end: number, stem: number): string {
  const c0 = lower.charCodeAt(start);
  if (c0 >= 0x600 && c0 <= 0x6ff) return wordToken(lower.slice(start, end), stem);
  for (let i = start; i < end; i++) if (digitValue(lower.charCodeAt(i)) < 0) return lower.slice(start, Math.min(end, start + stem));
  return wordToken(lower.slice(start, end), stem);
}

/**
 * Tokens looked at per side: long enough for a sentence or two, bounded cost
 * per pair. 128, not 64: a Thai, Khmer, Burmese or Vietnamese side with a
 * second sentence joined ran past 64 in a quarter to a half of cases, and
 * the cut hid the very sentence that gave it away (one FLORES sentence stays
 * under 64 in 98–100 % of cases, so clean pairs cost about the same).
 */
export const MAX_TOKENS = 128;

/** Splits `text` into alignment tokens (at most {@link MAX_TOKENS}). */
export function alignTokens(text: string, mode: TokenMode, lang: string, stem = 5): string[] {
  const tokens = splitTokens(text, mode, lang, stem);
  return tokens.length > MAX_TOKENS ? tokens.slice(0, MAX_TOKENS) : tokens;
}

function splitTokens(text: string, mode: TokenMode, lang: string, stem: number): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  if (mode === 'segmenter') {
    for (const seg of segmenter(lang).segment(lower)) if (seg.isWordLike) pushWord(seg.segment, 64, out);
    return out;
  }
  let word = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (mode === 'han' && SCRIPT_OF[c] === S_HANI) {
      if (word) pushWord(word, stem, out);
      word = '';
      out.push(lower[i]!);
    } else if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) word += lower[i];
    else if (word) {
      pushWord(word, stem, out);
      word = '';
    }
  }
  if (word) pushWord(word, stem, out);
  return out;
}

/**
 * A vocabulary (token → id, as the alignment model stores it) with a direct
 * table for one-code-unit tokens, so a Han character is looked up without
 * building a string. Built once per vocabulary and thread ({@link tokenVocab}).
 */
export class TokenVocab {
  /** Id of each one-code-unit token, −1 when absent. */
  private readonly single = new Int32Array(0x10000).fill(-1);
  readonly map: Map<string, number>;

  constructor(map: Map<string, number>) {
    this.map = map;
    for (const [token, id] of map) if (token.length === 1) this.single[token.charCodeAt(0)] = id;
  }

  /** Id of `token` (added when `grow`), −1 when unknown. */
  id(token: string, grow: boolean): number {
    let id = this.map.get(token);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.map.size;
      this.map.set(token, id);
      if (token.length === 1) this.single[token.charCodeAt(0)] = id;
    }
    return id;
  }

  /** Id of the one-code-unit token `c`. */
  unitId(c: number, grow: boolean): number {
    const id = this.single[c]!;
    return id >= 0 || !grow ? id : this.id(String.fromCharCode(c), true);
  }
}

const vocabs = new WeakMap<Map<string, number>, TokenVocab>();

/** The {@link TokenVocab} of a vocabulary map (one per map and thread). */
export function tokenVocab(map: Map<string, number>): TokenVocab {
  let v = vocabs.get(map);
  if (!v) vocabs.set(map, (v = new TokenVocab(map)));
  return v;
}

/** One side's alignment tokens as ids (−1: unknown), and each word token's text (undefined for a Han character). */
export interface TokenIds {
  ids: Int32Array;
  words: Array<string | undefined>;
}

const idScratch = new Int32Array(MAX_TOKENS);

/**
 * {@link alignTokens} straight to vocabulary ids (unknown tokens −1, or added
 * when `grow`): the same tokens, but a Han character never becomes a string
 * and splitting stops at {@link MAX_TOKENS}.
 */
export function alignTokenIds(text: string, mode: TokenMode, lang: string, stem: number, vocab: TokenVocab, grow: boolean): TokenIds {
  const lower = text.toLowerCase();
  const words: Array<string | undefined> = [];
  let n = 0;
  const word = (token: string) => {
    idScratch[n++] = vocab.id(token, grow);
    words.push(token);
  };
  if (mode === 'segmenter') {
    for (const seg of segmenter(lang).segment(lower)) {
      if (!seg.isWordLike) continue;
      word(wordToken(seg.segment, 64));
      if (n === MAX_TOKENS) break;
    }
    return { ids: idScratch.slice(0, n), words };
  }
  let start = -1;
  for (let i = 0; i < lower.length && n < MAX_TOKENS; i++) {
    const c = lower.charCodeAt(i);
    if (mode === 'han' && SCRIPT_OF[c] === S_HANI) {
      if (start >= 0) {
        word(wordTokenAt(lower, start, i, stem));
        start = -1;
        if (n === MAX_TOKENS) break;
      }
      idScratch[n++] = vocab.unitId(c, grow);
      words.push(undefined);
    } else if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      word(wordTokenAt(lower, start, i, stem));
      start = -1;
    }
  }
  if (start >= 0 && n < MAX_TOKENS) word(wordTokenAt(lower, start, lower.length, stem));
  return { ids: idScratch.slice(0, n), words };
}
