/**
 * Public types of language identification. Scores are in [0, 1]: the
 * identifier's confidence in its answer relative to the other candidates
 * (a softmax over per-character log-likelihoods, after the discriminators for
 * confusable pairs have had their say). `und` with score 0 means the text has
 * no letters to judge by.
 */
import type { LangTag } from '@silkloom/core';

export interface LanguageScore {
  lang: LangTag;
  score: number;
}

export interface LanguageGuess extends LanguageScore {
  /** Other candidates, best first (at most 4). */
  alternatives: LanguageScore[];
  /** ISO 15924 script the decision was routed on (`Latn`, `Hani`, …). */
  script?: string;
}

/**
 * A trained character n-gram model, as plain JSON (what `silkloom langid
 * train` writes). Counts are stored sparsely so a model stays small; log
 * probabilities are computed when it is loaded.
 */
export interface LangIdModel {
  format: 'silkloom-langid';
  version: 1;
  /** Highest n-gram order (n-grams of 1..order characters, words padded with a space). */
  order: number;
  /** Canonical tags; `counts` refer to them by index. */
  langs: LangTag[];
  /** Main script of each language (ISO 15924), for routing. */
  scripts: Record<LangTag, string>;
  /** n-gram → [langIndex, count, langIndex, count, …]. */
  counts: Record<string, number[]>;
  /** Total n-gram occurrences per language and order: `totals[langIndex][order-1]`. */
  totals: number[][];
  /** Free text: what it was trained on. */
  source?: string;
}

export interface IdentifyOptions {
  /** Only answer one of these tags (canonical BCP 47). */
  candidates?: readonly string[];
  /** The language the text is declared as; breaks near-ties in its favour. */
  hint?: string;
  /** Use this model for the languages it knows, instead of the built-in one. */
  model?: LangIdModel;
}

export interface LanguageIdentifier {
  identify(text: string, options?: Omit<IdentifyOptions, 'model'>): LanguageGuess;
  /** Tags this identifier can answer. */
  readonly languages: readonly LangTag[];
}
