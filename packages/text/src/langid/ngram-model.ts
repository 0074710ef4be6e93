/**
 * Multinomial naive Bayes over character n-grams (McCallum & Nigam 1998;
 * Lidstone smoothing). Training (ngram-trainer.ts) counts n-grams per language; scoring sums
 * log P(gram | language) and divides by the number of grams, so scores of
 * texts of different lengths are comparable and a softmax of them is a
 * usable confidence. Deterministic: no randomness anywhere.
 */
import type { LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { forEachGram } from './ngram-features.ts';
import type { LangIdModel } from './types.ts';

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
  const table = new Map<string, Float32Array | Float64Array>();
  for (const [gram, flat] of Object.entries(model.counts)) {
    const n = Math.min(gram.length, order) - 1;
    const row = Float32Array.from(unseen[n]!);
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
