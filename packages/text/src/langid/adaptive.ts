/**
 * Corpus-adaptive identification for the pairs no shipped model separates
 * well (Cantonese/Mandarin in Traditional script, Malay/Indonesian,
 * Iranian Persian/Dari, Hindi/Nepali). A cleaning pipeline sees many units
 * whose declared language is mostly right; `observe()` counts their
 * character n-grams, words and word pairs per declared language (only when
 * the base identifier agrees the text belongs to that confusable group, so
 * wrong-language units do not teach anything), and `identify()` then adds
 * the corpus's own naive Bayes evidence to the base identifier's answer
 * within the group. Memory is bounded by `maxFeatures` per group
 * (rarely-seen features are pruned first; see adaptive-counter.ts). Deterministic for a given order
 * of observations.
 */
import { canonicalLangTag, type LangTag } from '@silkloom/core';
import { identificationSample, identifyLanguage } from './identify.ts';
import { GroupCounter } from './adaptive-counter.ts';
import type { IdentifyOptions, LanguageGuess, LanguageIdentifier } from './types.ts';

/**
 * Confusable groups whose members are varieties of one language (Cantonese and
 * Mandarin written alike, Malay/Indonesian, Persian/Dari): a wrong-language
 * filter should treat a disagreement inside one as "variety unsure", not
 * "wrong language".
 */
export const VARIETY_GROUPS: readonly (readonly string[])[] = [
  ['zh-Hant', 'yue-Hant'],
  ['zh-Hans', 'yue-Hans'],
  ['ms', 'id'],
  ['fa', 'fa-AF'],
];

/**
 * Groups resolved from the corpus by default: {@link VARIETY_GROUPS}, plus
 * Hindi/Nepali — two languages, but their snippets confuse an identifier.
 */
export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [...VARIETY_GROUPS, ['hi', 'ne']];

/**
 * True when `a` and `b` are the same tag or two members of one group of
 * `groups` (by default {@link CONFUSABLE_GROUPS}: zh-Hant/yue-Hant, ms/id,
 * fa/fa-AF, hi/ne; pass {@link VARIETY_GROUPS} to ask about varieties of one
 * language only).
 */
export function areConfusable(a: string, b: string, groups: readonly (readonly string[])[] = CONFUSABLE_GROUPS): boolean {
  let ca: LangTag;
  let cb: LangTag;
  try {
    ca = canonicalLangTag(a);
    cb = canonicalLangTag(b);
  } catch {
    return false;
  }
  return ca === cb || groups.some((g) => g.includes(ca) && g.includes(cb));
}

export interface AdaptiveIdentifierOptions {
  /** Identifier whose answers are refined (default: the built-in one). */
  base?: LanguageIdentifier;
  /** Confusable groups (canonical tags); default {@link CONFUSABLE_GROUPS}. */
  groups?: readonly (readonly string[])[];
  /** Observations a language needs before its corpus profile is used (default 30). */
  minObservations?: number;
  /** Distinct features kept per group (default 300,000). */
  maxFeatures?: number;
}

export interface AdaptiveIdentifier extends LanguageIdentifier {
  /** Learns from a unit declared as `declaredLang`; returns whether it was used. */
  observe(text: string, declaredLang: string): boolean;
  /** Units learnt from, per language. */
  observations(): Record<LangTag, number>;
}

/** Builds an identifier that learns the confusable varieties of the corpus it is given. */
export function createAdaptiveIdentifier(options: AdaptiveIdentifierOptions = {}): AdaptiveIdentifier {
  const base: Pick<LanguageIdentifier, 'identify'> = options.base ?? { identify: (t, o) => identifyLanguage(t, o) };
  const minObservations = options.minObservations ?? 30;
  const groups = (options.groups ?? CONFUSABLE_GROUPS).map((g) => new GroupCounter(g.map((t) => canonicalLangTag(t)), options.maxFeatures ?? 300_000));
  const groupOf = new Map<LangTag, GroupCounter>();
  for (const g of groups) for (const l of g.langs) groupOf.set(l, g);

  function refine(text: string, guess: LanguageGuess, allowed?: Set<LangTag>): LanguageGuess {
    const group = groupOf.get(guess.lang);
    if (!group) return guess;
    const ready = group.langs.map((l, i) => group.units[i]! >= minObservations && (!allowed || allowed.has(l)));
    if (ready.filter(Boolean).length < 2) return guess;
    const all = [{ lang: guess.lang, score: guess.score }, ...guess.alternatives];
    const baseScore = (l: LangTag) => all.find((s) => s.lang === l)?.score ?? 0;
    const ll = group.logLikelihood(identificationSample(text));
    const members = group.langs.map((l, i) => ({ lang: l, i })).filter(({ i }) => ready[i]);
    const mass = members.reduce((a, m) => a + baseScore(m.lang), 0) || guess.score;
    const logits = members.map(({ lang, i }) => ll[i]! + Math.log(baseScore(lang) + 1e-3));
    const top = Math.max(...logits);
    const weights = logits.map((x) => Math.exp(x - top));
    const z = weights.reduce((a, b) => a + b, 0);
    const refined = new Map(members.map((m, j) => [m.lang, (mass * weights[j]!) / z]));
    const ranked = all
      .map((s) => ({ lang: s.lang, score: refined.get(s.lang) ?? s.score }))
      .concat(members.filter((m) => !all.some((s) => s.lang === m.lang)).map((m) => ({ lang: m.lang, score: refined.get(m.lang)! })))
      .sort((a, b) => b.score - a.score || (a.lang < b.lang ? -1 : 1));
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return { lang: ranked[0]!.lang, score: round(ranked[0]!.score), alternatives: ranked.slice(1, 5).map((s) => ({ lang: s.lang, score: round(s.score) })), script: guess.script };
  }

  return {
    languages: [...groupOf.keys()],
    observe(text, declaredLang) {
      let tag: LangTag;
      try {
        tag = canonicalLangTag(declaredLang);
      } catch {
        return false;
      }
      const group = groupOf.get(tag);
      if (!group) return false;
      const guess = base.identify(text);
      if (!group.langs.includes(guess.lang)) return false;
      group.add(identificationSample(text), group.langs.indexOf(tag));
      return true;
    },
    observations() {
      const out: Record<LangTag, number> = {};
      for (const g of groups) g.langs.forEach((l, i) => (out[l] = g.units[i]!));
      return out;
    },
    identify(text, opts: Omit<IdentifyOptions, 'model'> = {}) {
      const guess = base.identify(text, opts);
      const allowed = opts.candidates ? new Set(opts.candidates.map((c) => canonicalLangTag(c))) : undefined;
      return refine(text, guess, allowed);
    },
  };
}
