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

/** A trained character n-gram model (plain JSON; see `trainLanguageModel`). */
export interface LangIdModel {
  format: 'silkloom-langid';
  version: 1;
  /** Highest n-gram order. */
  order: number;
  /** Canonical tags, in the order of each feature's weight array. */
  langs: LangTag[];
  /** Main script of each language (ISO 15924), for routing. */
  scripts: Record<LangTag, string>;
  /** n-gram → log-probability per language (same order as `langs`), quantised to 0.01. */
  features: Record<string, number[]>;
  /** Log-probability of an unseen n-gram per language and order: `unseen[order-1][lang]`. */
  unseen: number[][];
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
