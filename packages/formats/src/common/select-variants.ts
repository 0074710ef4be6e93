/** Which variants of a unit a writer emits, and in what order. */
import { langMatches, type LangTag, type TranslationUnit, type Variant } from '@silkloom/core';

/**
 * With `langs` (tags or RFC 4647 ranges such as `zh`): the variants matching
 * each entry, in the order of `langs`. Without: every variant, the unit's
 * source language first.
 */
export function selectVariants(unit: TranslationUnit, langs: readonly string[] | undefined): [LangTag, Variant][] {
  const entries = Object.entries(unit.variants);
  if (!langs) {
    if (!unit.srcLang || !unit.variants[unit.srcLang]) return entries;
    return [[unit.srcLang, unit.variants[unit.srcLang]!], ...entries.filter(([tag]) => tag !== unit.srcLang)];
  }
  const chosen: [LangTag, Variant][] = [];
  for (const range of langs) {
    for (const [tag, variant] of entries) {
      if (langMatches(range, tag) && !chosen.some(([t]) => t === tag)) chosen.push([tag, variant]);
    }
  }
  return chosen;
}

/** A unit is written when it has this many of the asked-for languages (2 for a pair or more, else 1). */
export function minimumVariants(langs: readonly string[] | undefined): number {
  return langs && langs.length >= 2 ? 2 : 1;
}
