/**
 * Language identification: script routing (routing.ts), a character n-gram
 * naive Bayes model for the scripts several registry languages share
 * (ngram-model.ts), and discriminators for the pairs no general model tells
 * apart (Chinese varieties, Malay/Indonesian, Persian/Dari). Deterministic
 * and synchronous.
 */
import { canonicalLangTag, type LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { builtinCompiledModel } from './builtin-model.ts';
import { identifyChinese } from './han-identify.ts';
import { FUNCTION_WORD_WEIGHT, functionWordHits } from './function-words.ts';
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
/** Weight of the n-gram model's own Malay/Indonesian and Persian/Dari evidence next to the discriminators. */
const PAIR_MODEL_WEIGHT = 0.5;
/**
 * Prior log-odds of Malay over Indonesian and of Dari over Iranian Persian,
 * for long and for short texts (under {@link SHORT_GRAMS} n-grams): a short
 * text without a ZWNJ is no evidence of Dari, a long one is. Chosen on
 * FLORES dev so that both sides of each pair are about equally accurate.
 */
const MS_BIAS = 0.1;
const MS_BIAS_SHORT = -0.05;
const DARI_BIAS = 0.2;
const DARI_BIAS_SHORT = -0.1;
const SHORT_GRAMS = 150;

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
  /** Mean log-likelihood per language and number of n-grams, for the pair discriminators. */
  mean: Map<LangTag, number>;
  grams: number;
}

function modelScores(
  text: string,
  model: CompiledModel,
  script: string | undefined,
  allowed?: Set<LangTag>,
  withFunctionWords = false,
): ModelScores | undefined {
  let idx = model.langs.map((_, i) => i).filter((i) => !script || model.scripts[model.langs[i]!] === script);
  if (allowed) idx = idx.filter((i) => allowed.has(model.langs[i]!));
  if (!idx.length) return undefined;
  const { scores, grams } = model.score(text);
  if (!grams) return undefined;
  let max = -Infinity;
  for (const i of idx) max = Math.max(max, scores[i]!);
  const k = TEMPERATURE * Math.sqrt(grams);
  const mean = new Map<LangTag, number>();
  const hits = withFunctionWords ? functionWordHits(text) : undefined;
  const logits = idx.map((i) => (scores[i]! - max) * k + FUNCTION_WORD_WEIGHT * (hits?.get(model.langs[i]!) ?? 0));
  const top = Math.max(...logits);
  const out = idx.map((i, j) => {
    mean.set(model.langs[i]!, scores[i]!);
    return { lang: model.langs[i]!, score: Math.exp(logits[j]! - top) };
  });
  return { scores: out, mean, grams };
}

/** Splits the probability two varieties share according to log-odds `d` (positive favours `b`). */
function splitPair(scores: LanguageScore[], a: LangTag, b: LangTag, d: () => number): void {
  const ea = scores.find((s) => s.lang === a);
  const eb = scores.find((s) => s.lang === b);
  if (!ea || !eb) return;
  const mass = ea.score + eb.score;
  // The model splits its belief between two near-identical varieties, so they compete with the
  // other languages as one: the pair is resolved whenever together they outweigh every other.
  const others = scores.filter((s) => s !== ea && s !== eb).reduce((m, s) => Math.max(m, s.score), 0);
  if (mass < others) return;
  const p = sigmoid(d());
  eb.score = mass * p;
  ea.score = mass * (1 - p);
}

function resolvePairs(text: string, m: ModelScores): void {
  const nb = (a: LangTag, b: LangTag) => PAIR_MODEL_WEIGHT * ((m.mean.get(b) ?? 0) - (m.mean.get(a) ?? 0)) * Math.sqrt(m.grams);
  const short = m.grams < SHORT_GRAMS;
  splitPair(m.scores, 'id', 'ms', () => malayVsIndonesian(featureWords(text)) + nb('id', 'ms') + (short ? MS_BIAS_SHORT : MS_BIAS));
  splitPair(m.scores, 'fa', 'fa-AF', () => dariVsPersian(text) + nb('fa', 'fa-AF') + (short ? DARI_BIAS_SHORT : DARI_BIAS));
}

function finish(scores: LanguageScore[], script: string | undefined, hint: string | undefined): LanguageGuess {
  if (hint) {
    let tag: LangTag | undefined;
    try {
      tag = canonicalLangTag(hint);
    } catch {
      tag = undefined;
    }
    for (const s of scores) if (s.lang === tag) s.score *= HINT_BOOST;
  }
  const total = scores.reduce((a, s) => a + s.score, 0) || 1;
  const ranked = scores
    .map((s) => ({ lang: s.lang, score: s.score / total }))
    .sort((x, y) => y.score - x.score || (x.lang < y.lang ? -1 : 1));
  const [best, ...rest] = ranked;
  if (!best) return und(script);
  return { lang: best.lang, score: round(best.score), alternatives: rest.slice(0, 4).map((s) => ({ lang: s.lang, score: round(s.score) })), script };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Longest prefix looked at: more text adds cost, not accuracy, and keeps the work bounded for a 2 GB line. */
export const IDENTIFY_MAX_CHARS = 4000;

function sample(text: string): string {
  if (text.length <= IDENTIFY_MAX_CHARS) return text;
  const c = text.charCodeAt(IDENTIFY_MAX_CHARS - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? IDENTIFY_MAX_CHARS - 1 : IDENTIFY_MAX_CHARS);
}

function identifyWith(full: string, model: CompiledModel, isBuiltin: boolean, options: Omit<IdentifyOptions, 'model'>, allowed?: Set<LangTag>): LanguageGuess {
  const text = sample(full);
  const script = routingScript(text);
  if (!script) return und();
  const fixed = SCRIPT_LANGUAGE[script];
  if (fixed && (!allowed || allowed.has(fixed)) && !model.langs.some((l) => model.scripts[l] === script)) {
    return finish([{ lang: fixed, score: 1 }], script, undefined);
  }
  if (script === 'Hani' && !model.langs.some((l) => model.scripts[l] === 'Hani' || model.scripts[l] === 'Hans' || model.scripts[l] === 'Hant')) {
    let scores = identifyChinese(text);
    if (allowed) scores = scores.filter((s) => allowed.has(s.lang));
    if (scores.length) return finish(scores, script, options.hint);
  }
  const m = modelScores(text, model, script, allowed, isBuiltin) ?? (allowed ? modelScores(text, model, undefined, allowed, isBuiltin) : undefined);
  if (!m) {
    if (!isBuiltin) return identifyWith(text, builtinCompiledModel(), true, options, allowed);
    const first = allowed ? [...allowed][0] : undefined;
    return first ? { lang: first, score: 0, alternatives: [], script } : und(script);
  }
  if (isBuiltin) resolvePairs(text, m);
  return finish(m.scores, script, options.hint);
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
