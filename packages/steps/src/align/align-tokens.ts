/**
 * Tokens for the lexical alignment model: Han characters one by one (each is
 * close to a morpheme, and no dictionary is needed), orthographic syllables
 * for Thai, Lao and Khmer (rule-based clusters, {@link clusterRanges}), ICU
 * dictionary words for Burmese (`Intl.Segmenter`, per line: it is slow on
 * long strings), and lower-cased words cut to their first `stem` letters for
 * spaced scripts (a crude stemmer that pools inflected forms, which matters
 * for Turkish, Swahili, Russian or Kazakh with a few thousand pairs to learn
 * from; Arabic and Amharic proclitics are stripped first, and Arabic-script
 * letters spelled interchangeably folded together). Digits of every script
 * are read as ASCII so numbers can anchor.
 *
 * Thai, Lao and Khmer left ICU because its dictionary words cost ~40–60 µs a
 * FLORES line (about 40 % of a Thai clean run's alignment time) against
 * ~4–7 µs for the clusters, and Model 1 needs units that co-occur
 * consistently with Chinese characters, not dictionary words: on noisy FLORES
 * dev the clusters scored th 0.970 → 0.970, km 0.980 → 0.983, lo 0.978 →
 * 0.976. Burmese syllables (broken before a consonant that carries no asat
 * and is not stacked) lost misaligned pairs (dev F1 my 0.979 → 0.970;
 * syllables plus syllable bigrams 0.976), so Burmese keeps ICU words.
 */
import { C_DIGIT, C_LETTER, C_MARK, CLASS_OF, S_HANI, SCRIPT_OF } from '../text-shim/char-table.ts';
import { digitValue } from '../text-shim/numbers.ts';

export type TokenMode = 'han' | 'cluster' | 'segmenter' | 'space';

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
  if (wordUnit !== 'segmenter') return 'space';
  return /^my(-|$)/.test(lang) ? 'segmenter' : 'cluster';
}

/** How a Thai, Lao or Khmer code unit takes part in a cluster (0: it is not such a letter or sign). */
const K_BASE = 1; // a consonant or independent vowel: starts a cluster unless something binds it to the one before
const K_LEAD = 2; // a vowel written before its consonant (Thai, Lao): starts a cluster that takes the next consonant
const K_TAIL = 3; // a vowel sign, tone mark or other sign: stays with the cluster before it
const K_JOIN = 4; // binds the next consonant to this cluster (Khmer coeng; Thai and Lao short vowels that always take a final)
const K_KILL = 5; // makes the consonant before it silent (thanthakhat, Khmer toandakhiat): that consonant stays with the cluster before
const CLUSTER_KIND = new Uint8Array(0x10000);

function setKind(kind: number, from: number, to = from): void {
  for (let c = from; c <= to; c++) CLUSTER_KIND[c] = kind;
}
// Thai (ฯ, ๆ and the lakkhangyao stay with the cluster before them)
setKind(K_BASE, 0x0e01, 0x0e2e);
setKind(K_TAIL, 0x0e2f, 0x0e3a);
setKind(K_LEAD, 0x0e40, 0x0e44);
setKind(K_TAIL, 0x0e45, 0x0e4e);
setKind(K_JOIN, 0x0e31);
setKind(K_JOIN, 0x0e47);
setKind(K_KILL, 0x0e4c);
// Lao
setKind(K_BASE, 0x0e81, 0x0eae);
setKind(K_BASE, 0x0edc, 0x0edf);
setKind(K_TAIL, 0x0eaf, 0x0ebd);
setKind(K_JOIN, 0x0eb1);
setKind(K_JOIN, 0x0ebb);
setKind(K_LEAD, 0x0ec0, 0x0ec4);
setKind(K_TAIL, 0x0ec6, 0x0ece);
setKind(K_KILL, 0x0ecc);
// Khmer
setKind(K_BASE, 0x1780, 0x17b3);
setKind(K_TAIL, 0x17b4, 0x17d3);
setKind(K_JOIN, 0x17d2);
setKind(K_KILL, 0x17cd);
setKind(K_TAIL, 0x17d7);
setKind(K_TAIL, 0x17dd);

/** True when the consonant at `i` is made silent by a cancel sign right after it (past at most two other signs). */
function killedAt(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length && j <= i + 3; j++) {
    const k = CLUSTER_KIND[text.charCodeAt(j)]!;
    if (k === K_KILL) return true;
    if (k !== K_TAIL) return false;
  }
  return false;
}

/**
 * Cuts the run `text[from, to)` of Thai, Lao or Khmer letters and signs into
 * orthographic syllables and writes their [start, end) into `ranges` from `n`
 * on, up to `cap` tokens; returns the new count. A cluster is a consonant (or
 * a leading vowel and its consonant) with the signs after it, consonants
 * bound to it (a Khmer subscript, the final after Thai ั or ็, a silenced
 * letter), and one final consonant when the cluster has a vowel and the
 * consonant after it has none (it starts no syllable of its own): วัน, เรีย,
 * กาศ, ប្រ|កាស. Not always a syllable (ป|ระ), but the same letters always cut
 * the same way, which is what Model 1 needs.
 */
function clusterRanges(text: string, from: number, to: number, ranges: Int32Array, n: number, cap: number): number {
  let start = from, bindNext = false, lead = false, voweled = false, closed = false;
  for (let i = from; i < to && n < cap; i++) {
    const k = CLUSTER_KIND[text.charCodeAt(i)]!;
    if (k === K_BASE) {
      if (i > start && !bindNext && !lead && !killedAt(text, i)) {
        const next = i + 1 < to ? CLUSTER_KIND[text.charCodeAt(i + 1)]! : 0;
        if (voweled && !closed && (next === 0 || next === K_BASE || next === K_LEAD)) closed = true;
        else {
          ranges[2 * n] = start;
          ranges[2 * n++ + 1] = i;
          start = i;
          voweled = closed = false;
        }
      }
      bindNext = lead = false;
    } else if (k === K_LEAD) {
      if (i > start && !lead) {
        ranges[2 * n] = start;
        ranges[2 * n++ + 1] = i;
        start = i;
        closed = false;
      }
      lead = voweled = true;
    } else {
      bindNext = k === K_JOIN;
      if (k === K_TAIL) voweled = true;
    }
  }
  if (n < cap) {
    ranges[2 * n] = start;
    ranges[2 * n++ + 1] = to;
  }
  return n;
}

function isWordChar(c: number): boolean {
  const cls = CLASS_OF[c]!;
  return cls === C_LETTER || cls === C_MARK || cls === C_DIGIT;
}

/** Arabic proclitics (wa-, fa-, bi-, li-, ka-, al-) glued to the next word: stripped so stems meet. */
const ARABIC_CLITICS = /^(?:[وف])?(?:[بلك])?(?:ال)?/;

/**
 * Amharic proclitics (be- "in", ye- "of", le- "for", ke- "from", sile-
 * "about", ende- "like") glued to the next word: stripped so its stem meets
 * the bare word's (በአፓርታማው "in the apartment" and አፓርታማ).
 */
const ETHIOPIC_CLITICS = /^(?:እንደ|ስለ|[በየለከ])/;

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

function isArabicOrEthiopic(c: number): boolean {
  return (c >= 0x600 && c <= 0x6ff) || (c >= 0x1200 && c <= 0x137f);
}

function pushWord(word: string, stem: number, out: string[]): void {
  out.push(wordToken(word, stem));
}

/** The token of one word: Arabic-script letters folded and Arabic or Amharic proclitics stripped, all-digit words as `#digits`, others cut to `stem` letters. */
function wordToken(word: string, stem: number): string {
  const c0 = word.charCodeAt(0);
  if (c0 >= 0x600 && c0 <= 0x6ff) {
    // Clitics first: the Arabic ka- is the kaf that folding turns into keheh, which begins many Persian words.
    const bare = word.replace(ARABIC_CLITICS, '');
    word = foldArabicWord(bare.length >= 3 ? bare : word);
  } else if (c0 >= 0x1200 && c0 <= 0x137f) {
    const bare = word.replace(ETHIOPIC_CLITICS, '');
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
 * Tokens looked at per side: long enough for a sentence or two, bounded cost
 * per pair. 128, not 64: a Thai, Khmer, Burmese or Vietnamese side with a
 * second sentence joined ran past 64 in a quarter to a half of cases, and
 * the cut hid the very sentence that gave it away (one FLORES sentence stays
 * under 64 in 98–100 % of cases, so clean pairs cost about the same). Thai,
 * Lao and Khmer clusters are ~1.6 a word: one FLORES dev sentence passes 64
 * in 10–16 % of cases, and a side with the next sentence joined reaches 128
 * in 5–12 %, where the cut falls inside the joined sentence, which still
 * shows (dev and devtest recall of joined sentences unchanged, ±1 pair).
 */
export const MAX_TOKENS = 128;

/** Token ranges of one cluster run, [start, end) pairs. */
const rangeScratch = new Int32Array(2 * MAX_TOKENS);

/** Length of the run of cluster letters and signs at `i`. */
function clusterRunEnd(text: string, i: number): number {
  while (i < text.length && CLUSTER_KIND[text.charCodeAt(i)]) i++;
  return i;
}

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
  // Names and other words of another script inside a Thai, Lao or Khmer line stay whole, as ICU kept them.
  if (mode === 'cluster') stem = 64;
  let word = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (mode === 'cluster' && CLUSTER_KIND[c]) {
      if (word) pushWord(word, stem, out);
      word = '';
      const end = clusterRunEnd(lower, i);
      const m = clusterRanges(lower, i, end, rangeScratch, 0, MAX_TOKENS);
      for (let k = 0; k < m; k++) out.push(lower.slice(rangeScratch[2 * k]!, rangeScratch[2 * k + 1]!));
      i = end - 1;
    } else if (mode === 'han' && SCRIPT_OF[c] === S_HANI) {
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

/** Adds one whole-string token (a segmenter word, a number, an Arabic word). */
function pushToken(out: TokenIds, n: number, token: string, vocab: TokenVocab, grow: boolean): void {
  idScratch[n] = vocab.id(token, grow);
  if (isAnchor(token)) {
    out.anchorAt.push(n);
    out.anchorText.push(token);
  }
}

/**
 * The word `lower[start, end)` as a token ({@link wordToken}): a word that
 * starts outside Arabic and is not all digits is its first `stem` code units,
 * looked up without building a string (unless it is an unknown anchor).
 */
function pushWordAt(out: TokenIds, n: number, lower: string, start: number, end: number, stem: number, vocab: TokenVocab, grow: boolean): void {
  let plain = !isArabicOrEthiopic(lower.charCodeAt(start));
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
 * {@link alignTokens} straight to vocabulary ids (unknown tokens −1, or added
 * when `grow`): the same tokens, but a Han character or a known word never
 * becomes a string, and splitting stops at {@link MAX_TOKENS}.
 */
export function alignTokenIds(text: string, mode: TokenMode, lang: string, stem: number, vocab: TokenVocab, grow: boolean): TokenIds {
  const lower = text.toLowerCase();
  const out: TokenIds = { ids: idScratch, anchorAt: [], anchorText: [] };
  let n = 0;
  if (mode === 'segmenter') {
    for (const seg of segmenter(lang).segment(lower)) {
      if (!seg.isWordLike) continue;
      pushToken(out, n++, wordToken(seg.segment, 64), vocab, grow);
      if (n === MAX_TOKENS) break;
    }
    out.ids = idScratch.slice(0, n);
    return out;
  }
  const han = mode === 'han', cluster = mode === 'cluster';
  if (cluster) stem = 64;
  let start = -1;
  for (let i = 0; i < lower.length && n < MAX_TOKENS; i++) {
    const c = lower.charCodeAt(i);
    if (cluster && CLUSTER_KIND[c]) {
      if (start >= 0) {
        pushWordAt(out, n++, lower, start, i, stem, vocab, grow);
        start = -1;
        if (n === MAX_TOKENS) break;
      }
      const end = clusterRunEnd(lower, i);
      const m = clusterRanges(lower, i, end, rangeScratch, 0, MAX_TOKENS - n);
      for (let k = 0; k < m; k++) {
        const a = rangeScratch[2 * k]!, b = rangeScratch[2 * k + 1]!;
        idScratch[n++] = grow ? vocab.id(lower.slice(a, b), true) : vocab.rangeId(lower, a, b);
      }
      i = end - 1;
    } else if (han && SCRIPT_OF[c] === S_HANI) {
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
