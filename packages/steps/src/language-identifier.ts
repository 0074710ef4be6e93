/**
 * The one thing the language filter needs from language identification, so
 * the filter does not care which implementation runs (the script-only
 * fallback below, or @silkloom/text's identifiers, wired in by the pipeline).
 */
import type { LanguageInfo } from '@silkloom/core';

export interface LanguageGuess {
  /** Canonical BCP 47 tag of the best candidate. */
  lang: string;
  /** 0–1; how sure the identifier is. */
  confidence: number;
}

export interface LanguageIdentifier {
  /** Short name recorded in the run manifest, e.g. `script-only` or `text/adaptive@1`. */
  readonly name: string;
  /**
   * Best guess among `candidates` (canonical tags), or undefined when the text
   * carries no evidence (digits only, too short). Implementations must be pure.
   */
  identify(text: string, candidates: readonly string[]): LanguageGuess | undefined;
  /**
   * Adaptive identifiers learn the corpus's confusable varieties from units
   * whose declared language is mostly right (the language filter feeds it its
   * fitted sample). Returns whether the text was used.
   */
  observe?(text: string, declaredLang: string): boolean;
  /** Declared languages this identifier can learn from (skip the others cheaply). */
  learns?(declaredLang: string): boolean;
}

/** Builds identifiers; `sample` lets an adaptive one learn from the corpus being cleaned. */
export interface LanguageIdentifierFactory {
  readonly name: string;
  create(info: { languages: readonly LanguageInfo[] }): LanguageIdentifier;
}
