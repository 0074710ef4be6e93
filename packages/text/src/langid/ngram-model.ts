/**
 * Multinomial naive Bayes over character n-grams (McCallum & Nigam 1998;
 * Lidstone smoothing). Training (ngram-trainer.ts) counts n-grams per language; scoring sums
 * log P(gram | language) and divides by the number of grams, so scores of
 * texts of different lengths are comparable and a softmax of them is a
 * usable confidence. Deterministic: no randomness anywhere.
 *
 * Compiled, a model is a code-unit trie in typed arrays (gram-table.ts) and
 * scoring is one pass over the text (gram-scanner.ts) with no allocation per
 * n-gram.
 */
import type { LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { scanWords, scanWordsIn, type WordSink } from './gram-scanner.ts';
import { GramScorer, GramTable } from './gram-table.ts';
import type { LangIdModel } from './types.ts';

/** A model ready for scoring. */
export interface CompiledModel {
  readonly langs: readonly LangTag[];
  readonly scripts: Readonly<Record<LangTag, string>>;
  readonly order: number;
  /** Mean log-likelihood per n-gram of `text` for each language (index as `langs`); `grams` = how many. */
  score(text: string): { scores: Float64Array; grams: number };
  /**
   * {@link score} without allocating: writes the mean log-likelihoods into
   * `out` (length ≥ langs.length) and returns the weighted number of
   * n-grams; `words`, when given, sees every word scored.
   */
  scoreInto(text: string, out: Float64Array, words?: WordSink): number;
  /**
   * {@link scoreInto} in two stages sharing one scan: first the words of
   * `text[0, cut)` (`text[cut]` must be a space) — `out` then holds what
   * `scoreInto(text.slice(0, cut))` writes and `atCut(grams)` says whether to
   * go on — then the rest, after which `out` holds what `scoreInto(text)`
   * writes. Returns the grams of the last stage, or undefined without
   * scoring when lower-casing changes the text's length (call scoreInto).
   */
  scoreStaged(text: string, cut: number, out: Float64Array, words: WordSink | undefined, atCut: (grams: number) => boolean): number | undefined;
  /** Bytes of the typed arrays behind the model. */
  readonly byteLength: number;
}

/** Words of a text scored at most (the rest adds time, not accuracy). */
export const SCORED_WORDS = 400;

/** Smoothing constant; small because the profiles are small and unseen n-grams are informative. */
const ALPHA = 0.1;
/**
 * Extra log-penalty for a character a language's training text never used:
 * a letter outside a language's alphabet (ş for Indonesian, ښ for Persian)
 * is strong evidence, which plain smoothing underrates when profiles are small.
 */
const UNSEEN_CHAR_PENALTY = 6;

/** A model's n-grams as trie nodes with raw counts, before smoothing. */
export interface CountedModel {
  order: number;
  langs: LangTag[];
  scripts: Record<LangTag, string>;
  /** `totals[lang][order - 1]`: n-gram occurrences per language and order. */
  totals: number[][];
  parents: Int32Array;
  units: Uint16Array;
  postStart: Int32Array;
  postLang: Uint16Array;
  postCount: Float64Array;
  /** Distinct n-grams per order (smoothing denominators). */
  vocab: number[];
}

/** Smooths counts into log-probabilities over the unseen floor and builds the scorer. */
export function compileCounts(m: CountedModel): CompiledModel {
  const L = m.langs.length;
  const order = m.order;
  const floors = new Float64Array(order);
  for (let n = 0; n < order; n++) {
    // The same unseen probability for every language: with a per-language denominator the language
    // with the most training text would be penalised most for every n-gram nobody has seen.
    let mean = 0;
    for (let l = 0; l < L; l++) mean += (m.totals[l]![n] ?? 0) / L;
    floors[n] = Math.log(ALPHA / (mean + ALPHA * (m.vocab[n]! + 1))) - (n === 0 ? UNSEEN_CHAR_PENALTY : 0);
  }
  const depth = new Uint8Array(m.parents.length);
  for (let k = 1; k < depth.length; k++) depth[k] = Math.min(depth[m.parents[k]!]! + 1, 255);
  const postValue = new Float64Array(m.postCount.length);
  for (let k = 1; k < depth.length; k++) {
    const n = Math.min(depth[k]!, order) - 1;
    for (let p = m.postStart[k]!; p < m.postStart[k + 1]!; p++) {
      const l = m.postLang[p]!;
      postValue[p] = Math.log((m.postCount[p]! + ALPHA) / ((m.totals[l]![n] ?? 0) + ALPHA * (m.vocab[n]! + 1))) - floors[n]!;
    }
  }
  const table = new GramTable({ parents: m.parents, units: m.units, postStart: m.postStart, postLang: m.postLang, postValue });
  const scorer = new GramScorer(table, order, floors, L);
  const scoreInto = (text: string, out: Float64Array, words?: WordSink): number => {
    scorer.reset();
    scorer.also = words;
    scanWords(text, SCORED_WORDS, scorer);
    scorer.flush();
    const grams = scorer.grams;
    for (let l = 0; l < L; l++) out[l] = grams ? (scorer.floorSum + scorer.acc[l]!) / grams : 0;
    return grams;
  };
  const peeked = new Float64Array(L);
  const meansInto = (out: Float64Array): number => {
    scorer.peekInto(peeked);
    const grams = scorer.grams;
    for (let l = 0; l < L; l++) out[l] = grams ? (scorer.floorSum + peeked[l]!) / grams : 0;
    return grams;
  };
  const scoreStaged = (text: string, cut: number, out: Float64Array, words: WordSink | undefined, atCut: (grams: number) => boolean): number | undefined => {
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return undefined;
    scorer.reset();
    scorer.also = words;
    const seen = scanWordsIn(text, lower, 0, cut, 0, SCORED_WORDS, scorer);
    const first = meansInto(out);
    if (!atCut(first)) return first;
    scanWordsIn(text, lower, cut, lower.length, seen, SCORED_WORDS, scorer);
    return meansInto(out);
  };
  return {
    langs: m.langs,
    scripts: m.scripts,
    order,
    byteLength: table.byteLength + scorer.byteLength + floors.byteLength + peeked.byteLength,
    scoreInto,
    scoreStaged,
    score(text) {
      const scores = new Float64Array(L);
      return { scores, grams: scoreInto(text, scores) };
    },
  };
}

/** Checks a model's shape (it may come from a user's file) and precomputes log-probabilities. */
export function compileModel(model: LangIdModel, source = '(model)'): CompiledModel {
  const bad = (problem: string) => textError('SLM_LANGID_MODEL_INVALID', { source, problem });
  if (!model || model.format !== 'silkloom-langid' || model.version !== 1) throw bad('format must be "silkloom-langid" version 1');
  if (!Array.isArray(model.langs) || !model.langs.length) throw bad('no languages');
  if (!Array.isArray(model.totals) || model.totals.length !== model.langs.length) throw bad('totals do not match langs');
  if (!Number.isInteger(model.order) || model.order < 1 || model.order > 8) throw bad('order must be 1–8');
  const L = model.langs.length;
  const vocab = new Array<number>(model.order).fill(0);
  // Trie nodes for every n-gram and every prefix of one; node 0 is the root.
  const nodeOf = new Map<string, number>([['', 0]]);
  const parents: number[] = [0];
  const units: number[] = [0];
  const grams = Object.keys(model.counts);
  for (const gram of grams) {
    vocab[Math.min(gram.length, model.order) - 1]!++;
    for (let end = 1; end <= gram.length; end++) {
      const prefix = gram.slice(0, end);
      if (nodeOf.has(prefix)) continue;
      nodeOf.set(prefix, parents.length);
      parents.push(nodeOf.get(prefix.slice(0, -1))!);
      units.push(gram.charCodeAt(end - 1));
    }
  }
  const perNode: Array<number[] | undefined> = new Array(parents.length);
  let postings = 0;
  for (const gram of grams) {
    const flat = model.counts[gram]!;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const l = flat[i]!;
      if (!Number.isInteger(l) || l < 0 || l >= L) throw bad(`n-gram "${gram}" names language index ${l}`);
    }
    perNode[nodeOf.get(gram)!] = flat;
    postings += flat.length >> 1;
  }
  const postStart = new Int32Array(parents.length + 1);
  const postLang = new Uint16Array(postings);
  const postCount = new Float64Array(postings);
  let p = 0;
  for (let k = 0; k < parents.length; k++) {
    postStart[k] = p;
    const flat = perNode[k];
    if (flat) for (let i = 0; i + 1 < flat.length; i += 2, p++) [postLang[p], postCount[p]] = [flat[i]!, flat[i + 1]!];
  }
  postStart[parents.length] = p;
  return compileCounts({
    order: model.order, langs: model.langs, scripts: model.scripts ?? {}, totals: model.totals, vocab,
    parents: Int32Array.from(parents), units: Uint16Array.from(units), postStart, postLang, postCount,
  });
}
