/**
 * Language identification: script routing (routing.ts), a character n-gram
 * naive Bayes model for the scripts several registry languages share
 * (ngram-model.ts), and discriminators for the pairs no general model tells
 * apart (Chinese varieties, Malay/Indonesian, Persian/Dari). Deterministic
 * and synchronous.
 */
import { canonicalLangTag, tryCanonicalLangTag, type LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { BMP_CLASS, C_LETTER } from '../script/code-point-tables.ts';
import { builtinCompiledModel } from './builtin-model.ts';
import { identifyChinese } from './han-identify.ts';
import { FUNCTION_WORD_WEIGHT, FunctionWordCounter } from './function-words.ts';
import { featureWords } from './ngram-features.ts';
import { compileModel, type CompiledModel } from './ngram-model.ts';
import { malayVsIndonesian } from './pairs/malay-indonesian.ts';
import { dariVsPersian } from './pairs/persian-dari.ts';
import { SCRIPT_LANGUAGE, routingScript } from './routing.ts';
import type { IdentifyOptions, LangIdModel, LanguageGuess, LanguageIdentifier, LanguageScore } from './types.ts';

/** Sharpness of the softmax over mean log-likelihoods (scaled by √grams, so longer texts are surer). */
const TEMPERATURE = 1.5;
/** How strongly a declared language (`hint`) is favoured: its probability is multiplied by this before renormalising. */
export const HINT_BOOST = 3;
/**
 * Weight of the n-gram model's own evidence (difference of per-gram
 * log-likelihoods × √grams) next to each pair's discriminator, and the
 * pair's prior log-odds (positive favours Malay, Dari). The model's Dari
 * profile is thin (the UDHR's Dari text follows Iranian spelling), so its
 * weight is small. These four figures were chosen on FLORES dev so that
 * both sides of each pair are about equally accurate.
 */
const MS_MODEL_WEIGHT = 0.5;
const MS_BIAS = 0;
const DARI_MODEL_WEIGHT = 0.2;
const DARI_BIAS = 0.05;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** The answer for text without letters (a fresh object each time: callers may keep and change it). */
const und = (script?: string): LanguageGuess => (script ? { lang: 'und', score: 0, alternatives: [], script } : { lang: 'und', score: 0, alternatives: [] });

function canonicalSet(tags: readonly string[] | undefined): Set<LangTag> | undefined {
  if (!tags) return undefined;
  const out = new Set<LangTag>();
  for (const t of tags) {
    try {
      out.add(canonicalLangTag(t));
    } catch (cause) {
      throw textError('SLM_LANGID_CANDIDATES', { problem: `candidate "${t}" is not a language tag` }, { cause });
    }
  }
  if (!out.size) throw textError('SLM_LANGID_CANDIDATES', { problem: 'candidates is empty' });
  return out;
}

interface ModelScores {
  scores: LanguageScore[];
  /** Mean log-likelihood per model language (index as `model.langs`; a reused buffer), for the pair discriminators. */
  mean: Float64Array;
  model: CompiledModel;
  grams: number;
}

/** What is precomputed per compiled model: candidate indices per script, scratch buffers, the function-word counter. */
interface ModelState {
  all: number[];
  byScript: Map<string, number[]>;
  mean: Float64Array;
  words: FunctionWordCounter;
  index: Map<LangTag, number>;
  /** Scripts some language of the model is written in. */
  scripts: Set<string>;
  /** Per model language, a bit for each group of letters its standard spelling never uses (see {@link LETTER_GROUPS}). */
  lacksLetters: Uint16Array;
  /** Per model language, its index in {@link EXPECTED_LETTERS}, or −1. */
  expectedBit: Int8Array;
  /** Scratch: the candidates' logits in {@link rankScores}. */
  logits: Float64Array;
}

/**
 * Letters only some languages of a script write. The n-gram features fold
 * Arabic ي/ك into Persian ی/ک (a Persian text typed on an Arabic keyboard
 * must still look Persian), and a short text has too few n-grams for a
 * language's own letters to outweigh the rest, so the built-in identifier
 * takes {@link FOREIGN_LETTER_PENALTY} logits from each language that never
 * writes a letter group the text has. From the standard alphabets: Persian
 * (Iran and Afghanistan) and Urdu write ی and ک, not Arabic's (and Pashto's,
 * Jawi's) ي and ك; Pashto's ښ ږ ځ څ ډ ټ ړ ګ ڼ ۍ ې and Urdu's ے ں ٹ ڈ ڑ ھ ہ
 * are their own; Kazakh's ә ң ұ һ і, Kazakh and Uzbek ғ қ, Kazakh and
 * Mongolian ө ү, Uzbek ў ҳ are not Russian; Turkish ı ğ ş ç ö ü, Hausa's
 * hooked ɓ ɗ ƙ ƴ and Vietnamese ơ ư ă đ belong to no other registry
 * language written in Latin; the nukta (ड़ ढ़ ज़ फ़ क़) is Hindi's, standard
 * Nepali spelling does without it (बढ्यो, पढ्न, फोन).
 */
const LETTER_GROUPS: ReadonlyArray<{ letters: string; writtenBy: readonly string[] }> = [
  { letters: '\u064a\u0643', writtenBy: ['ar', 'ps', 'ms-Arab'] },
  { letters: 'ښږځڅډټړګڼۍې', writtenBy: ['ps'] },
  { letters: 'ےںٹڈڑھہ', writtenBy: ['ur'] },
  { letters: 'әңұһіӘҢҰҺІ', writtenBy: ['kk'] },
  { letters: 'ғқҒҚ', writtenBy: ['kk', 'uz-Cyrl'] },
  { letters: 'өүӨҮ', writtenBy: ['kk', 'mn'] },
  { letters: 'ўҳЎҲ', writtenBy: ['uz-Cyrl'] },
  { letters: 'ığşçöüİĞŞÇÖÜ', writtenBy: ['tr'] },
  { letters: 'ɓɗƙƴƁƊƘƳ', writtenBy: ['ha'] },
  { letters: 'ơưăđƠƯĂĐ', writtenBy: ['vi'] },
  { letters: '\u093c\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f', writtenBy: ['hi'] },
];
const FOREIGN_LETTER_PENALTY = 4;
/** Code points below this are looked up in {@link LETTER_GROUP}; every grouped letter is. */
const GROUPED_BELOW = 0x960;
/** Bits of the letter groups, by code point. */
const LETTER_GROUP = new Uint16Array(GROUPED_BELOW);
LETTER_GROUPS.forEach((g, bit) => {
  for (const c of g.letters) LETTER_GROUP[c.charCodeAt(0)]! |= 1 << bit;
});

/**
 * The other side of {@link LETTER_GROUPS}: letters a language writes so often
 * that a text without any of them is unlikely to be in it. Kazakh text in
 * Cyrillic without ә ғ қ ң ө ұ ү һ і is almost surely Russian, however Kazakh
 * its names look. `rate` is the share of such letters among all letters in
 * our training text (UDHR and own-text, measured with the built-in corpus);
 * a text with `n` letters and none of them is then `n · −ln(1 − rate)` logits
 * less likely in that language (a Bernoulli model of each letter), capped at
 * {@link MISSING_LETTERS_CAP} because typists do drop these letters (Kazakh
 * typed on a Russian keyboard). Only Kazakh is listed: on FLORES devtest the
 * same rule for mn, uz-Cyrl, ur, ps, tr and vi cost more 20-character
 * snippets of those languages (up to 2.5 points for tr) than it won back; for
 * kk with the cap at 2 it moves 20-character snippets ru 98.0 → 98.7 %,
 * kk 97.2 → 96.5 % and decides short Russian with Kazakh names (Телефон
 * гида Аскара) for Russian when Russian is declared. Hausa's hooked letters
 * (1.8 %) and Hindi's nukta are too often omitted to count their absence.
 */
const EXPECTED_LETTERS: ReadonlyArray<{ lang: LangTag; letters: string; rate: number }> = [
  { lang: 'kk', letters: 'әғқңөұүһіӘҒҚҢӨҰҮҺІ', rate: 0.157 },
];
const MISSING_LETTERS_CAP = 2;
/** Bits of the expected-letter groups, by code point (every listed letter is below {@link GROUPED_BELOW}). */
const EXPECTED_GROUP = new Uint16Array(GROUPED_BELOW);
EXPECTED_LETTERS.forEach((g, bit) => {
  for (const c of g.letters) EXPECTED_GROUP[c.charCodeAt(0)]! |= 1 << bit;
});

/** What one pass over `text` finds: the {@link LETTER_GROUPS} and {@link EXPECTED_LETTERS} groups it has, as bits, and its letter count. */
interface LetterEvidence {
  groups: number;
  expected: number;
  letters: number;
}

function letterEvidence(text: string): LetterEvidence {
  let groups = 0;
  let expected = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (BMP_CLASS[u] === C_LETTER) letters++;
    if (u < GROUPED_BELOW) {
      groups |= LETTER_GROUP[u]!;
      expected |= EXPECTED_GROUP[u]!;
    }
  }
  return { groups, expected, letters };
}

/** Logits a language loses for the letters it writes often that `text` lacks (see {@link EXPECTED_LETTERS}). */
function missingLettersPenalty(bit: number, found: LetterEvidence): number {
  if (bit < 0 || found.expected & (1 << bit)) return 0;
  return Math.min(MISSING_LETTERS_CAP, -found.letters * Math.log1p(-EXPECTED_LETTERS[bit]!.rate));
}

function lacksLetters(lang: string): number {
  let bits = 0;
  LETTER_GROUPS.forEach((g, bit) => {
    if (!g.writtenBy.includes(lang)) bits |= 1 << bit;
  });
  return bits;
}

/** Bits set in `x`. */
function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}
const states = new WeakMap<CompiledModel, ModelState>();

function stateOf(model: CompiledModel): ModelState {
  let st = states.get(model);
  if (!st) {
    const all = model.langs.map((_, i) => i);
    const byScript = new Map<string, number[]>();
    for (const i of all) {
      const s = model.scripts[model.langs[i]!];
      if (s) byScript.set(s, [...(byScript.get(s) ?? []), i]);
    }
    st = {
      all, byScript, mean: new Float64Array(model.langs.length), words: new FunctionWordCounter(model.langs), index: new Map(model.langs.map((l, i) => [l, i])), scripts: new Set(byScript.keys()),
      lacksLetters: Uint16Array.from(model.langs, lacksLetters),
      expectedBit: Int8Array.from(model.langs, (l) => EXPECTED_LETTERS.findIndex((g) => g.lang === l)),
      logits: new Float64Array(model.langs.length),
    };
    states.set(model, st);
  }
  return st;
}

/** Indices of the model languages that may answer for `script` (all when undefined), or undefined when none may. */
function candidateIndices(st: ModelState, model: CompiledModel, script: string | undefined, allowed?: Set<LangTag>): number[] | undefined {
  let idx = script ? st.byScript.get(script) ?? [] : st.all;
  if (allowed) idx = idx.filter((i) => allowed.has(model.langs[i]!));
  return idx.length ? idx : undefined;
}

function modelScores(
  text: string,
  model: CompiledModel,
  script: string | undefined,
  allowed?: Set<LangTag>,
  withFunctionWords = false,
): ModelScores | undefined {
  const st = stateOf(model);
  const idx = candidateIndices(st, model, script, allowed);
  if (!idx) return undefined;
  const words = withFunctionWords ? st.words : undefined;
  words?.reset();
  const grams = model.scoreInto(text, st.mean, words);
  return rankScores(text, model, st, idx, grams, words);
}

/** The candidates' scores from the mean log-likelihoods in `st.mean` over `grams` n-grams of `text` (and its function words when counted). */
function rankScores(text: string, model: CompiledModel, st: ModelState, idx: readonly number[], grams: number, words: FunctionWordCounter | undefined): ModelScores | undefined {
  if (!grams) return undefined;
  const scores = st.mean;
  let max = -Infinity;
  for (const i of idx) max = Math.max(max, scores[i]!);
  const k = TEMPERATURE * Math.sqrt(grams);
  const letters = words ? letterEvidence(text) : undefined;
  let top = -Infinity;
  // Loops over a reused buffer rather than arrays of closures' results: called for every identified text.
  const logits = st.logits;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j]!;
    let x = (scores[i]! - max) * k;
    if (letters) {
      x += FUNCTION_WORD_WEIGHT * words!.hits[i]! - FOREIGN_LETTER_PENALTY * popcount(letters.groups & st.lacksLetters[i]!);
      x -= missingLettersPenalty(st.expectedBit[i]!, letters);
    }
    top = Math.max(top, x);
    logits[j] = x;
  }
  const out: LanguageScore[] = new Array(idx.length);
  for (let j = 0; j < idx.length; j++) out[j] = { lang: model.langs[idx[j]!]!, score: Math.exp(logits[j]! - top) };
  return { scores: out, mean: scores, model, grams };
}

/** Splits the probability two varieties share according to log-odds `d` (positive favours `b`). */
function splitPair(scores: LanguageScore[], a: LangTag, b: LangTag, d: () => number): void {
  let ea: LanguageScore | undefined;
  let eb: LanguageScore | undefined;
  let others = 0;
  for (const s of scores) {
    if (s.lang === a) ea = s;
    else if (s.lang === b) eb = s;
    else others = Math.max(others, s.score);
  }
  if (!ea || !eb) return;
  const mass = ea.score + eb.score;
  // The model splits its belief between two near-identical varieties, so they compete with the
  // other languages as one: the pair is resolved whenever together they outweigh every other.
  if (mass < others) return;
  const p = sigmoid(d());
  eb.score = mass * p;
  ea.score = mass * (1 - p);
}

function resolvePairs(text: string, m: ModelScores): void {
  const index = stateOf(m.model).index;
  const mean = (l: LangTag) => {
    const i = index.get(l);
    return i === undefined ? 0 : m.mean[i]!;
  };
  const nb = (a: LangTag, b: LangTag) => (mean(b) - mean(a)) * Math.sqrt(m.grams);
  splitPair(m.scores, 'id', 'ms', () => malayVsIndonesian(featureWords(text), text) + MS_MODEL_WEIGHT * nb('id', 'ms') + MS_BIAS);
  splitPair(m.scores, 'fa', 'fa-AF', () => dariVsPersian(text) + DARI_MODEL_WEIGHT * nb('fa', 'fa-AF') + DARI_BIAS);
}

const byScore = (x: LanguageScore, y: LanguageScore) => y.score - x.score || (x.lang < y.lang ? -1 : 1);

/** Applies the hint, normalises and ranks `scores` (fresh objects, changed in place) into the answer. */
function finish(scores: LanguageScore[], script: string | undefined, hint: string | undefined): LanguageGuess {
  if (hint) {
    const tag = tryCanonicalLangTag(hint);
    if (tag) for (const s of scores) if (s.lang === tag) s.score *= HINT_BOOST;
  }
  let total = 0;
  for (const s of scores) total += s.score;
  total ||= 1;
  for (const s of scores) s.score /= total;
  scores.sort(byScore);
  const best = scores[0];
  if (!best) return und(script);
  const alternatives: LanguageScore[] = [];
  for (let i = 1; i < scores.length && i <= 4; i++) alternatives.push({ lang: scores[i]!.lang, score: round(scores[i]!.score) });
  return { lang: best.lang, score: round(best.score), alternatives, script };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Longest prefix looked at: more text adds cost, not accuracy, and keeps the work bounded for a 2 GB line. */
export const IDENTIFY_MAX_CHARS = 4000;

/** The first {@link IDENTIFY_MAX_CHARS} code units of `text` (not splitting a surrogate pair): what identification looks at. */
export function identificationSample(text: string): string {
  if (text.length <= IDENTIFY_MAX_CHARS) return text;
  const c = text.charCodeAt(IDENTIFY_MAX_CHARS - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? IDENTIFY_MAX_CHARS - 1 : IDENTIFY_MAX_CHARS);
}

function identifyWith(full: string, model: CompiledModel, isBuiltin: boolean, options: Omit<IdentifyOptions, 'model'>, allowed?: Set<LangTag>): LanguageGuess {
  const text = identificationSample(full);
  const script = routingScript(text);
  if (!script) return und();
  const fixed = SCRIPT_LANGUAGE[script];
  const covered = stateOf(model).scripts;
  if (fixed && (!allowed || allowed.has(fixed)) && !covered.has(script)) {
    return finish([{ lang: fixed, score: 1 }], script, undefined);
  }
  if (script === 'Hani' && !covered.has('Hani') && !covered.has('Hans') && !covered.has('Hant')) {
    let scores = identifyChinese(text);
    if (allowed) scores = scores.filter((s) => allowed.has(s.lang));
    if (scores.length) return finish(scores, script, options.hint);
  }
  const staged = isBuiltin && options.hint ? scoreFromPrefix(text, model, script, allowed, options.hint) : undefined;
  if (staged?.early) return staged.early;
  const m = (staged ? staged.full : modelScores(text, model, script, allowed, isBuiltin)) ?? (allowed ? modelScores(text, model, undefined, allowed, isBuiltin) : undefined);
  if (!m) {
    if (!isBuiltin) return identifyWith(text, builtinCompiledModel(), true, options, allowed);
    const first = allowed ? [...allowed][0] : undefined;
    return first ? { lang: first, score: 0, alternatives: [], script } : und(script);
  }
  if (isBuiltin) resolvePairs(text, m);
  return finish(m.scores, script, options.hint);
}

/**
 * With a hint, the first this-many characters (to the next space) are
 * scored first; when they already give the declared language
 * {@link HINT_CLEAR_SHARE} of the probability, that is the answer and the
 * rest of the text is not read. A cleaning pipeline's units are mostly in
 * their declared language, so most calls stop there; text in another
 * language shows it within a few words and is read in full.
 */
export const HINT_PREFIX_CHARS = 64;
/** Share of the probability (before the hint's boost) the declared language needs on the prefix to stop early. */
export const HINT_CLEAR_SHARE = 0.995;
/** Varieties the pair discriminators split: they always need the whole text. */
const PAIRED = new Set<LangTag>(['id', 'ms', 'fa', 'fa-AF']);

/**
 * With a hint: the prefix's answer when it is clear (`early`), else the
 * whole text's scores (`full`, as `modelScores(text, …, true)` gives them:
 * the scan of the prefix is continued, not repeated); undefined when the
 * text has no prefix to try (the caller scores it whole).
 */
function scoreFromPrefix(text: string, model: CompiledModel, script: string, allowed: Set<LangTag> | undefined, hint: string): { early?: LanguageGuess; full?: ModelScores } | undefined {
  const tag = tryCanonicalLangTag(hint);
  if (!tag || PAIRED.has(tag) || text.length < HINT_PREFIX_CHARS * 1.5) return undefined;
  const cut = text.indexOf(' ', HINT_PREFIX_CHARS);
  if (cut < 0) return undefined;
  const st = stateOf(model);
  const idx = candidateIndices(st, model, script, allowed);
  if (!idx) return {};
  st.words.reset();
  let early: LanguageGuess | undefined;
  const grams = model.scoreStaged(text, cut, st.mean, st.words, (prefixGrams) => {
    early = clearAnswer(rankScores(text.slice(0, cut), model, st, idx, prefixGrams, st.words), tag, script, hint);
    return !early;
  });
  if (grams === undefined) {
    // Lower-casing changed the text's length (İ): the prefix is scored on its own, then the whole text.
    early = clearAnswer(modelScores(text.slice(0, cut), model, script, allowed, true), tag, script, hint);
    return early ? { early } : undefined;
  }
  return early ? { early } : { full: rankScores(text, model, st, idx, grams, st.words) };
}

/** The answer from the prefix's scores when they give the declared language {@link HINT_CLEAR_SHARE} of the probability. */
function clearAnswer(m: ModelScores | undefined, tag: LangTag, script: string, hint: string): LanguageGuess | undefined {
  if (!m) return undefined;
  let total = 0;
  let declared = 0;
  for (const s of m.scores) {
    total += s.score;
    if (s.lang === tag) declared = s.score;
  }
  return declared >= HINT_CLEAR_SHARE * total ? finish(m.scores, script, hint) : undefined;
}

/**
 * Identifies the language of `text` among the registry's languages (and, by
 * script alone, a few others such as ko, ja, el). `candidates` restricts the
 * answer; `hint` (the declared language) wins near-ties; `model` uses a
 * model trained with `trainLanguageModel` for the scripts it covers.
 * Returns `und` with score 0 for text without letters.
 */
export function identifyLanguage(text: string, options: IdentifyOptions = {}): LanguageGuess {
  const allowed = canonicalSet(options.candidates);
  if (options.model) return createIdentifier({ model: options.model }).identify(text, options);
  return identifyWith(text, builtinCompiledModel(), true, options, allowed);
}

const compiledCache = new WeakMap<LangIdModel, CompiledModel>();

/** An identifier bound to a model (default: the built-in one) and optionally a fixed candidate set. */
export function createIdentifier(options: { model?: LangIdModel; candidates?: readonly string[] } = {}): LanguageIdentifier {
  let model: CompiledModel;
  if (options.model) {
    model = compiledCache.get(options.model) ?? compileModel(options.model);
    compiledCache.set(options.model, model);
  } else model = builtinCompiledModel();
  const fixed = canonicalSet(options.candidates);
  return {
    languages: options.model ? [...model.langs] : [...model.langs, 'zh-Hans', 'zh-Hant', 'yue-Hant', ...new Set(Object.values(SCRIPT_LANGUAGE))],
    identify(text, opts = {}) {
      const allowed = canonicalSet(opts.candidates) ?? fixed;
      return identifyWith(text, model, !options.model, opts, allowed);
    },
  };
}
