/**
 * Multinomial naive Bayes over character n-grams (McCallum & Nigam 1998;
 * Lidstone smoothing). Training counts n-grams per language; scoring sums
 * log P(gram | language) and divides by the number of grams, so scores of
 * texts of different lengths are comparable and a softmax of them is a
 * usable confidence. Deterministic: no randomness anywhere.
 */
import { canonicalLangTag, type LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { dominantScript } from '../script/script-profile.ts';
import { forEachGram } from './ngram-features.ts';
import type { LangIdModel } from './types.ts';

export interface TrainingExample {
  lang: string;
  text: string;
}

export interface TrainOptions {
  /** Highest n-gram order (default 4). */
  order?: number;
  /** Drop n-grams seen fewer times than this over all languages (default 1: keep all). */
  minCount?: number;
  /** Free-text note stored in the model. */
  source?: string;
}

/** Counts n-grams of labelled examples into a {@link LangIdModel}. Throws SLM_LANGID_TRAINING_DATA when empty. */
export function trainLanguageModel(examples: Iterable<TrainingExample>, options: TrainOptions = {}): LangIdModel {
  const order = options.order ?? 4;
  const langIndex = new Map<LangTag, number>();
  const langs: LangTag[] = [];
  const totals: number[][] = [];
  const scriptCounts: Array<Map<string, number>> = [];
  const counts = new Map<string, Map<number, number>>();
  for (const { lang, text } of examples) {
    const tag = canonicalLangTag(lang);
    let li = langIndex.get(tag);
    if (li === undefined) {
      li = langs.length;
      langIndex.set(tag, li);
      langs.push(tag);
      totals.push(new Array(order).fill(0));
      scriptCounts.push(new Map());
    }
    const script = dominantScript(text);
    if (script) scriptCounts[li]!.set(script, (scriptCounts[li]!.get(script) ?? 0) + text.length);
    const row = totals[li]!;
    forEachGram(text, order, (gram, n) => {
      row[n - 1]!++;
      let perLang = counts.get(gram);
      if (!perLang) counts.set(gram, (perLang = new Map()));
      perLang.set(li, (perLang.get(li) ?? 0) + 1);
    }, Infinity);
  }
  if (!langs.length) throw textError('SLM_LANGID_TRAINING_DATA', { source: options.source ?? '(examples)', problem: 'no examples' });
  const minCount = options.minCount ?? 1;
  const out: Record<string, number[]> = {};
  for (const gram of [...counts.keys()].sort()) {
    const perLang = counts.get(gram)!;
    let sum = 0;
    for (const c of perLang.values()) sum += c;
    if (sum < minCount) continue;
    const flat: number[] = [];
    for (const [li, c] of [...perLang.entries()].sort((a, b) => a[0] - b[0])) flat.push(li, c);
    out[gram] = flat;
  }
  const scripts: Record<LangTag, string> = {};
  langs.forEach((tag, li) => {
    const best = [...scriptCounts[li]!.entries()].sort((a, b) => b[1] - a[1])[0];
    scripts[tag] = best?.[0] ?? 'Zyyy';
  });
  return { format: 'silkloom-langid', version: 1, order, langs, scripts, counts: out, totals, source: options.source };
}

/** A model ready for scoring. */
export interface CompiledModel {
  readonly langs: readonly LangTag[];
  readonly scripts: Readonly<Record<LangTag, string>>;
  readonly order: number;
  /** Mean log-likelihood per n-gram of `text` for each language (index as `langs`); `grams` = how many. */
  score(text: string): { scores: Float64Array; grams: number };
}

/** Smoothing constant; small because the profiles are small and unseen n-grams are informative. */
const ALPHA = 0.1;
/**
 * Extra log-penalty for a character a language's training text never used:
 * a letter outside a language's alphabet (ş for Indonesian, ښ for Persian)
 * is strong evidence, which plain smoothing underrates when profiles are small.
 */
const UNSEEN_CHAR_PENALTY = 6;

/** Checks a model's shape (it may come from a user's file) and precomputes log-probabilities. */
export function compileModel(model: LangIdModel, source = '(model)'): CompiledModel {
  const bad = (problem: string) => textError('SLM_LANGID_MODEL_INVALID', { source, problem });
  if (!model || model.format !== 'silkloom-langid' || model.version !== 1) throw bad('format must be "silkloom-langid" version 1');
  if (!Array.isArray(model.langs) || !model.langs.length) throw bad('no languages');
  if (!Array.isArray(model.totals) || model.totals.length !== model.langs.length) throw bad('totals do not match langs');
  if (!Number.isInteger(model.order) || model.order < 1 || model.order > 8) throw bad('order must be 1–8');
  const L = model.langs.length;
  const order = model.order;
  // Distinct n-grams per order, for the smoothing denominator.
  const vocab = new Array(order).fill(0);
  for (const gram of Object.keys(model.counts)) vocab[Math.min(gram.length, order) - 1]++;
  const unseen: Float64Array[] = [];
  for (let n = 0; n < order; n++) {
    const row = new Float64Array(L);
    // The same unseen probability for every language: with a per-language denominator the language
    // with the most training text would be penalised most for every n-gram nobody has seen.
    let mean = 0;
    for (let l = 0; l < L; l++) mean += (model.totals[l]![n] ?? 0) / L;
    const floor = Math.log(ALPHA / (mean + ALPHA * (vocab[n] + 1))) - (n === 0 ? UNSEEN_CHAR_PENALTY : 0);
    row.fill(floor);
    unseen.push(row);
  }
  const table = new Map<string, Float64Array>();
  for (const [gram, flat] of Object.entries(model.counts)) {
    const n = Math.min(gram.length, order) - 1;
    const row = Float64Array.from(unseen[n]!);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const l = flat[i]!;
      if (l < 0 || l >= L) throw bad(`n-gram "${gram}" names language index ${l}`);
      row[l] = Math.log((flat[i + 1]! + ALPHA) / ((model.totals[l]![n] ?? 0) + ALPHA * (vocab[n] + 1)));
    }
    table.set(gram, row);
  }
  return {
    langs: model.langs,
    scripts: model.scripts ?? {},
    order,
    score(text) {
      const scores = new Float64Array(L);
      let grams = 0;
      forEachGram(text, order, (gram, n, weight) => {
        const row = table.get(gram) ?? unseen[n - 1]!;
        for (let l = 0; l < L; l++) scores[l] += weight * row[l]!;
        grams += weight;
      });
      if (grams) for (let l = 0; l < L; l++) scores[l] /= grams;
      return { scores, grams };
    },
  };
}
