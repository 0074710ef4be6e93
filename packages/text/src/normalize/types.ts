/**
 * A normaliser is a small pure function with a name and a version, so a
 * pipeline run can record exactly what touched the text, and counts of what
 * it changed, so the report can say "1,204 units had zero-width characters".
 */
import type { LangTag } from '@silkloom/core';

export interface NormalizeContext {
  /** Declared language of the text; some normalisers only act for some languages. */
  lang?: LangTag;
}

export interface NormalizeResult {
  text: string;
  changed: boolean;
  /** What was changed, by kind (`{removed_zwsp: 2}`); absent when nothing changed. */
  stats?: Record<string, number>;
}

export interface Normalizer {
  readonly name: string;
  /** Bumped whenever the output for some input changes. */
  readonly version: number;
  readonly description: string;
  /**
   * `text`: safe on stored text. `key`: only for matching keys (dedupe,
   * number agreement), because it loses distinctions a reader needs.
   */
  readonly scope: 'text' | 'key';
  apply(text: string, context?: NormalizeContext): NormalizeResult;
}

/** Result for an input that needed no change. */
export function unchanged(text: string): NormalizeResult {
  return { text, changed: false };
}

/** Builds a result from before/after and a stats object (stats with only zeros are dropped). */
export function resultOf(before: string, after: string, stats: Record<string, number>): NormalizeResult {
  if (before === after) return { text: before, changed: false };
  const kept: Record<string, number> = {};
  for (const [k, v] of Object.entries(stats)) if (v) kept[k] = v;
  return { text: after, changed: true, stats: kept };
}

/** Declares a normaliser (identity helper that keeps the object literal typed and frozen). */
export function defineNormalizer(n: Normalizer): Normalizer {
  return Object.freeze(n);
}
