/**
 * The fallback {@link LanguageIdentifier}: decides by writing system only.
 * It returns the first candidate (callers put the declared language first)
 * written in the text's dominant script, so it catches "English where Thai was
 * declared" but cannot tell Malay from Indonesian — @silkloom/text's
 * identifiers do that and replace this one when present.
 */
import { languageInfo } from '@silkloom/core';
import type { LanguageGuess, LanguageIdentifier } from './language-identifier.ts';
import { S_HANI, scriptIdOf } from './text-shim/char-table.ts';
import { textProfile } from './text-shim/profile.ts';

const scriptsCache = new Map<string, number[]>();

/** Script indices a language is written in (registry), cached. */
export function scriptIdsOfLanguage(tag: string): number[] {
  let ids = scriptsCache.get(tag);
  if (!ids) {
    ids = (languageInfo(tag)?.scripts ?? []).map(scriptIdOf);
    scriptsCache.set(tag, ids);
  }
  return ids;
}

export const scriptOnlyIdentifier: LanguageIdentifier = {
  name: 'script-only@1',
  identify(text: string, candidates: readonly string[]): LanguageGuess | undefined {
    const profile = textProfile(text);
    // A Han character carries about as much as a short Latin word: weigh it so
    // "北岩银行（Northern Rock plc）" still reads as Chinese.
    const weighted = Array.from(profile.letters, (n, i) => (i === S_HANI ? n * 3 : n));
    const total = weighted.reduce((a, b) => a + b, 0);
    let dominant = -1;
    for (let i = 0; i < weighted.length; i++) if (weighted[i]! > (dominant < 0 ? 0 : weighted[dominant]!)) dominant = i;
    if (dominant < 0 || profile.letterTotal < 2) return undefined;
    const confidence = weighted[dominant]! / total;
    for (const lang of candidates) {
      if (scriptIdsOfLanguage(lang).includes(dominant)) return { lang, confidence };
    }
    return { lang: 'und', confidence };
  },
};
