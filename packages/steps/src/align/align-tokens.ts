/**
 * Tokens for the lexical alignment model: Han characters one by one (each is
 * close to a morpheme, and no dictionary is needed), ICU dictionary words for
 * Thai, Khmer, Lao and Burmese (`Intl.Segmenter`, per line: it is slow on long
 * strings), and lower-cased words cut to their first `stem` letters for spaced
 * scripts (a crude stemmer that pools inflected forms, which matters for
 * Turkish, Swahili, Russian or Kazakh with a few thousand pairs to learn from;
 * Arabic and Amharic proclitics are stripped first, Arabic-script letters
 * spelled interchangeably folded together, and the vowel of an Amharic
 * stem's last syllable dropped). Digits of every script are read as ASCII so
 * numbers can anchor.
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

/**
 * Amharic proclitics (be- "in", ye- "of", le- "for", ke- "from", sile-
 * "about", ende- "like") glued to the next word, with the relative prefix mi-
 * that often follows them (የሚችል "which can", በሚሄዱበት "where they go"):
 * stripped so its stem meets the bare word's (በአፓርታማው "in the apartment"
 * and አፓርታማ, የሚችል and በሚችሉ), when two syllables or more remain (በቤት
 * "in the house" and ቤት).
 */
const ETHIOPIC_PROCLITICS = ['እንደ', 'ስለ', 'በ', 'የ', 'ለ', 'ከ'];
const ETHIOPIC_CLITICS = new RegExp(`^(?:${ETHIOPIC_PROCLITICS.join('|')})ሚ?`);
/** Fewest syllables left after stripping an Amharic proclitic (fewer: the word stays whole). */
const ETHIOPIC_MIN_BARE = 2;

/**
 * An Ethiopic syllable (a consonant with its vowel, one code point, rows of 8
 * from U+1200) as its consonant's first form: Amharic suffixes fuse their
 * vowel into the syllable before them (ሀገራችን "our country", ሀገሮች
 * "countries"; ወንዙ "the river", ወንዞች "rivers"), so the last syllable a stem
 * keeps is the one inflection changes. Applied to that syllable only: folding
 * every syllable pooled unrelated words (noisy FLORES dev am 0.963 → 0.961).
 */
function ethiopicConsonant(c: number): number {
  return c >= 0x1200 && c <= 0x135a ? c - ((c - 0x1200) % 8) : c;
}

/**
 * An Arabic-script word with the letters that writers and languages use
 * interchangeably folded together — Arabic yeh, alef maksura and Pashto's
 * ې ۍ (gender and case endings) as Persian yeh, Arabic kaf as keheh — so
 * the spellings and inflections of one stem meet (FLORES Pashto writes ي
 * 2,800 times and ی 6,500 times). Vowel marks are left alone: dropping them
 * too scored lower on noisy FLORES dev (ur 0.975 → 0.971).
 */
function foldArabicWord(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const to = c === 0x64a || c === 0x649 || c === 0x6d0 || c === 0x6cd ? 0x6cc : c === 0x643 ? 0x6a9 : 0;
    if (!to) continue;
    out += word.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? word : out + word.slice(from);
}

/**
 * Whether {@link wordToken} may do more to a word starting with `c` than cut it to `stem`: any
 * Arabic-script word (clitics, folding) or Ethiopic word (clitics, the last syllable's vowel).
 */
function mayRewrite(c: number): boolean {
  return isArabicLetter(c) || isEthiopic(c);
}

/** The Arabic block (U+0600–06FF), where clitics are stripped and letters folded. */
function isArabicLetter(c: number): boolean {
  return c >= 0x600 && c <= 0x6ff;
}

/** The Ethiopic block (U+1200–137F). */
function isEthiopic(c: number): boolean {
  return c >= 0x1200 && c <= 0x137f;
}

function pushWord(word: string, stem: number, out: string[]): void {
  out.push(wordToken(word, stem));
}

/** The token of one word: Arabic-script letters folded and Arabic or Amharic proclitics stripped, all-digit words as `#digits`, others cut to `stem` letters (an Ethiopic stem's last syllable to its consonant). */
function wordToken(word: string, stem: number): string {
  const c0 = word.charCodeAt(0);
  const ethiopic = isEthiopic(c0);
  if (isArabicLetter(c0)) {
    // Clitics first: the Arabic ka- is the kaf that folding turns into keheh, which begins many Persian words.
    const bare = word.replace(ARABIC_CLITICS, '');
    word = foldArabicWord(bare.length >= 3 ? bare : word);
  } else if (ethiopic) {
    const bare = word.replace(ETHIOPIC_CLITICS, '');
    if (bare.length >= ETHIOPIC_MIN_BARE) word = bare;
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
  const cut = word.length > stem ? word.slice(0, stem) : word;
  if (!ethiopic) return cut;
  const last = cut.charCodeAt(cut.length - 1);
  const folded = ethiopicConsonant(last);
  return folded === last ? cut : cut.slice(0, -1) + String.fromCharCode(folded);
}

/**
 * Tokens looked at per side: long enough for a sentence or two, bounded cost
 * per pair. 128, not 64: a Thai, Khmer, Burmese or Vietnamese side with a
 * second sentence joined ran past 64 in a quarter to a half of cases, and
 * the cut hid the very sentence that gave it away (one FLORES sentence stays
 * under 64 in 98–100 % of cases, so clean pairs cost about the same).
 */
export const MAX_TOKENS = 128;

/** Code units kept of an ICU dictionary word (Thai, Khmer, Lao, Burmese): whole words, cut only when absurdly long. */
const SEGMENT_STEM = 64;

/** Splits `text` into alignment tokens (at most {@link MAX_TOKENS}). */
export function alignTokens(text: string, mode: TokenMode, lang: string, stem = 5): string[] {
  const tokens = splitTokens(text, mode, lang, stem);
  return tokens.length > MAX_TOKENS ? tokens.slice(0, MAX_TOKENS) : tokens;
}

function splitTokens(text: string, mode: TokenMode, lang: string, stem: number): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  if (mode === 'segmenter') {
    for (const seg of segmenter(lang).segment(lower)) if (seg.isWordLike) pushWord(seg.segment, SEGMENT_STEM, out);
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
 * Tokens that link by identity across languages: numbers (`#…`), and
 * Latin-script words (names, brands) of two letters or more.
 */
export function isAnchor(token: string): boolean {
  return isAnchorAt(token, 0, token.length);
}

/** {@link isAnchor} of `text[start, end)` without building it. */
function isAnchorAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 0x23) return true;
  if (c < 0x61 || c > 0x7a || end - start < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39))) return false;
  }
  return true;
}

/** FNV-1a over code units: the vocabulary's own hash, computed on a slice of the text without building it. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A vocabulary (token → id, as the alignment model stores it) with a direct
 * table for one-code-unit tokens, so a Han character is looked up without
 * building a string, and an open-addressing index over the tokens' code units,
 * so a word is looked up straight from the text it is part of. Built once per
 * vocabulary and thread ({@link tokenVocab}).
 */
export class TokenVocab {
  /** Id of each one-code-unit token, −1 when absent. */
  private readonly single = new Int32Array(0x10000).fill(-1);
  readonly map: Map<string, number>;
  /** Token of each id. */
  readonly tokens: string[] = [];
  private slotHash = new Int32Array(0);
  private slotId = new Int32Array(0);

  constructor(map: Map<string, number>) {
    this.map = map;
    this.rebuild(Math.max(64, 2 * map.size));
    for (const [token, id] of map) this.index(token, id);
  }

  private rebuild(capacity: number): void {
    let size = 64;
    while (size < capacity) size *= 2;
    this.slotHash = new Int32Array(size);
    this.slotId = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.tokens.length; id++) this.place(this.tokens[id]!, id);
  }

  private index(token: string, id: number): void {
    this.tokens[id] = token;
    if (token.length === 1) this.single[token.charCodeAt(0)] = id;
    if (2 * this.tokens.length > this.slotId.length) this.rebuild(4 * this.tokens.length);
    else this.place(token, id);
  }

  private place(token: string, id: number): void {
    const h = hashRange(token, 0, token.length);
    const mask = this.slotId.length - 1;
    let k = h & mask;
    while (this.slotId[k]! >= 0) k = (k + 1) & mask;
    this.slotHash[k] = h;
    this.slotId[k] = id;
  }

  /** Id of `text[start, end)`, −1 when unknown. */
  rangeId(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const mask = this.slotId.length - 1;
    const len = end - start;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const id = this.slotId[k]!;
      if (id < 0) return -1;
      if (this.slotHash[k] !== h) continue;
      const t = this.tokens[id]!;
      if (t.length !== len) continue;
      let i = 0;
      while (i < len && t.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return id;
    }
  }

  /** Id of `token` (added when `grow`), −1 when unknown. */
  id(token: string, grow: boolean): number {
    let id = this.map.get(token);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.map.size;
      this.map.set(token, id);
      this.index(token, id);
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

/**
 * One side's alignment tokens as ids (−1: unknown), and where its anchors
 * are ({@link isAnchor}): their positions and texts, in order.
 */
export interface TokenIds {
  ids: Int32Array;
  anchorAt: number[];
  anchorText: string[];
}

const idScratch = new Int32Array(MAX_TOKENS);

/** Adds one whole-string token (a segmenter word, a number, an Arabic or Amharic word). */
function pushToken(out: TokenIds, n: number, token: string, vocab: TokenVocab, grow: boolean): void {
  idScratch[n] = vocab.id(token, grow);
  if (isAnchor(token)) {
    out.anchorAt.push(n);
    out.anchorText.push(token);
  }
}

/**
 * The word `lower[start, end)` as a token ({@link wordToken}): a word that
 * wordToken would only cut ({@link mayRewrite}) and that is not all digits is
 * its first `stem` code units, looked up without building a string (unless it
 * is an unknown anchor).
 */
function pushWordAt(out: TokenIds, n: number, lower: string, start: number, end: number, stem: number, vocab: TokenVocab, grow: boolean): void {
  let plain = !mayRewrite(lower.charCodeAt(start));
  if (plain) {
    plain = false;
    for (let i = start; i < end; i++) {
      if (digitValue(lower.charCodeAt(i)) < 0) {
        plain = true;
        break;
      }
    }
  }
  if (!plain) return pushToken(out, n, wordToken(lower.slice(start, end), stem), vocab, grow);
  const stop = Math.min(end, start + stem);
  const id = grow ? vocab.id(lower.slice(start, stop), true) : vocab.rangeId(lower, start, stop);
  idScratch[n] = id;
  if (isAnchorAt(lower, start, stop)) {
    out.anchorAt.push(n);
    out.anchorText.push(id >= 0 ? vocab.tokens[id]! : lower.slice(start, stop));
  }
}

/**
 * Token ids split with `grow` while a {@link keepingGrownTokens} runs, by
 * vocabulary and text. A fit splits its sample's sides growing the
 * vocabularies, then scores synthetic negatives that pair most of those same
 * sides again (a random pair both, a cut or joined pair the other side); a
 * text's ids do not change once split with `grow` (a vocabulary only grows
 * and never renumbers), so they are taken from here, not split again (a Thai
 * side: ~40 µs of ICU segmentation). Entries split without `grow` are never
 * kept: their unknown tokens (−1) may be known later. A vocabulary is only
 * ever split one way (its model's mode, language and stem), so the text is the key.
 */
let grownTokens: WeakMap<TokenVocab, Map<string, TokenIds>> | undefined;
/** Runs of {@link keepingGrownTokens} under way (fits may overlap in one thread): the tokens are dropped when the last one ends. */
let keepers = 0;

/** Runs `fit` with the tokens it splits growing a vocabulary kept for its later lookups of the same texts (see {@link grownTokens}). */
export async function keepingGrownTokens<T>(fit: () => Promise<T>): Promise<T> {
  if (keepers++ === 0) grownTokens = new WeakMap();
  try {
    return await fit();
  } finally {
    if (--keepers === 0) grownTokens = undefined;
  }
}

/**
 * {@link alignTokens} straight to vocabulary ids (unknown tokens −1, or added
 * when `grow`): the same tokens, but a Han character or a known word never
 * becomes a string, and splitting stops at {@link MAX_TOKENS}. The result is
 * shared (with {@link keepingGrownTokens}): read it, never write to it.
 */
export function alignTokenIds(text: string, mode: TokenMode, lang: string, stem: number, vocab: TokenVocab, grow: boolean): TokenIds {
  if (!grownTokens) return splitTokenIds(text, mode, lang, stem, vocab, grow);
  let kept = grownTokens.get(vocab);
  if (!kept) grownTokens.set(vocab, (kept = new Map()));
  const known = kept.get(text);
  if (known) return known;
  const out = splitTokenIds(text, mode, lang, stem, vocab, grow);
  if (grow) kept.set(text, out);
  return out;
}

function splitTokenIds(text: string, mode: TokenMode, lang: string, stem: number, vocab: TokenVocab, grow: boolean): TokenIds {
  const lower = text.toLowerCase();
  const out: TokenIds = { ids: idScratch, anchorAt: [], anchorText: [] };
  let n = 0;
  if (mode === 'segmenter') {
    const segments = segmenter(lang).segment(lower);
    // Segment by segment through `containing`, each time at the previous segment's end: no
    // iterator result object per segment. A space there is stepped over by hand, since each
    // segment V8 hands out costs ~0.4 µs of its wrapping (one segment in ten of a Thai line is a
    // space, one in five of a Burmese one): `containing` then gives the segment holding the next
    // position — the next segment when the space stood alone, as it nearly always does, or the
    // space's own when it goes on (another space, a mark hung on it), read whole from its start
    // as the iterator reads it. Either way the iterator's segments, in order.
    for (let at = 0; at < lower.length; ) {
      if (lower.charCodeAt(at) === 0x20 && ++at === lower.length) break;
      const seg = segments.containing(at)!;
      const end = seg.index + seg.segment.length;
      // Looked up from `lower` by position (pushWordAt), as spaced words are: no token string, no Map lookup.
      if (seg.isWordLike) {
        pushWordAt(out, n++, lower, seg.index, end, SEGMENT_STEM, vocab, grow);
        if (n === MAX_TOKENS) break;
      }
      at = end;
    }
    out.ids = idScratch.slice(0, n);
    return out;
  }
  const han = mode === 'han';
  let start = -1;
  for (let i = 0; i < lower.length && n < MAX_TOKENS; i++) {
    const c = lower.charCodeAt(i);
    if (han && SCRIPT_OF[c] === S_HANI) {
      if (start >= 0) {
        pushWordAt(out, n++, lower, start, i, stem, vocab, grow);
        start = -1;
        if (n === MAX_TOKENS) break;
      }
      idScratch[n++] = vocab.unitId(c, grow);
    } else if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      pushWordAt(out, n++, lower, start, i, stem, vocab, grow);
      start = -1;
    }
  }
  if (start >= 0 && n < MAX_TOKENS) pushWordAt(out, n++, lower, start, lower.length, stem, vocab, grow);
  out.ids = idScratch.slice(0, n);
  return out;
}
