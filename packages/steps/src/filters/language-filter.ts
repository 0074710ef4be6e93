/**
 * `wrong_lang:src` / `wrong_lang:tgt`: the language identifier's guess for a
 * side, with the declared language offered first among all registry languages,
 * is another language. Which identifier runs is the pipeline's choice (the
 * step only sees the LanguageIdentifier interface). Sides with fewer than
 * `min_letters` letters are not judged (too little evidence: names, numbers).
 * Score: confidence that the side is in its declared language (clean = high),
 * the lower of the two sides.
 */
import { LANGUAGES, langMatches } from '@silkloom/core';
import { defineStep } from '../step.ts';
import type { LanguageIdentifier } from '../language-identifier.ts';
import { textProfile } from '../text-shim/profile.ts';

function candidatesFor(declared: string): string[] {
  return [declared, ...LANGUAGES.map((l) => l.tag).filter((t) => t !== declared)];
}

function sideScore(identifier: LanguageIdentifier, text: string, declared: string, candidates: string[], minLetters: number): number | undefined {
  if (textProfile(text).letterTotal < minLetters) return undefined;
  const guess = identifier.identify(text, candidates);
  if (!guess) return undefined;
  const same = guess.lang === declared || langMatches(declared, guess.lang) || langMatches(guess.lang, declared);
  return same ? guess.confidence : 1 - guess.confidence;
}

export const languageFilter = defineStep({
  name: 'language',
  version: '1.0.0',
  kind: 'filter',
  description: 'Drops pairs where a side is identified as another language than declared.',
  options: {
    sides: { type: 'string', default: 'both', enum: ['both', 'src', 'tgt'], description: 'Which sides to check.' },
    min_letters: { type: 'integer', default: 4, min: 0, description: 'Sides with fewer letters are not judged.' },
    min_score: { type: 'number', default: 0.5, min: 0, max: 1, description: 'Lowest confidence in the declared language kept.' },
  },
  create(o, ctx) {
    const src = candidatesFor(ctx.src?.tag ?? ctx.srcLang);
    const tgt = candidatesFor(ctx.tgt?.tag ?? ctx.tgtLang);
    return {
      kind: 'filter',
      check(pair) {
        const a = o.sides !== 'tgt' ? sideScore(ctx.identifier, pair.src, src[0]!, src, o.min_letters) : undefined;
        const b = o.sides !== 'src' ? sideScore(ctx.identifier, pair.tgt, tgt[0]!, tgt, o.min_letters) : undefined;
        const score = Math.min(a ?? 1, b ?? 1);
        if (a !== undefined && a < o.min_score) return { keep: false, reason: 'wrong_lang:src', score };
        if (b !== undefined && b < o.min_score) return { keep: false, reason: 'wrong_lang:tgt', score };
        return { keep: true, score };
      },
    };
  },
});
