/**
 * Language identifiers by name, so a pipeline config (and each worker
 * thread) can pick one:
 * - `text`: @silkloom/text's identifier (script routing, character n-gram
 *   naive Bayes, discriminators for confusable pairs), corpus-adaptive for
 *   Cantonese/Mandarin, Malay/Indonesian, Persian/Dari, Hindi/Nepali;
 * - `script-only`: writing system only (fast, no same-script decisions);
 * - `auto`: `text`.
 * Each call builds a fresh instance (an adaptive one learns per run).
 */
import { langMatches } from '@silkloom/core';
import { CONFUSABLE_GROUPS, createAdaptiveIdentifier } from '@silkloom/text';
import type { LanguageIdentifier } from './language-identifier.ts';
import { scriptOnlyIdentifier } from './script-identifier.ts';

function textIdentifier(): LanguageIdentifier {
  const adaptive = createAdaptiveIdentifier();
  const learnable = new Set(CONFUSABLE_GROUPS.flat());
  return {
    name: 'text/adaptive@1',
    identify(text, candidates) {
      const guess = adaptive.identify(text, candidates[0] ? { hint: candidates[0] } : {});
      if (guess.lang === 'und' || guess.score <= 0) return undefined;
      return { lang: guess.lang, confidence: guess.score };
    },
    observe: (text, lang) => adaptive.observe(text, lang),
    learns: (lang) => [...learnable].some((l) => langMatches(l, lang) || l === lang),
  };
}

const identifiers = new Map<string, () => LanguageIdentifier>([
  ['script-only', () => scriptOnlyIdentifier],
  ['text', textIdentifier],
  ['auto', textIdentifier],
]);

export function registerIdentifier(name: string, make: () => LanguageIdentifier): void {
  identifiers.set(name, make);
}

export function identifierByName(name: string): LanguageIdentifier {
  return (identifiers.get(name) ?? identifiers.get('auto')!)();
}

export function identifierNames(): string[] {
  return [...identifiers.keys()];
}
