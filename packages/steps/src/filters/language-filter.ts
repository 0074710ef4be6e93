/**
 * `wrong_lang:src` / `wrong_lang:tgt`: the language identifier's guess for a
 * side, with the declared language offered first among all registry languages,
 * is another language. Which identifier runs is the pipeline's choice (the
 * step only sees the LanguageIdentifier interface). Sides with fewer than
 * `min_letters` letters are not judged (too little evidence: names, numbers).
 * A guess of another variety of the declared language (Malay for
 * Indonesian, Dari for Persian, Mandarin for Cantonese) is counted for the
 * report but not dropped unless `strict_varieties`: sentence identifiers still
 * confuse them a few times in a hundred. Hindi and Nepali, confusable too, are
 * two languages: Nepali declared as Hindi is dropped like any other language
 * (the short-side rule below covers the snippets the identifier confuses).
 * A script only one registry language writes (Thai, Lao, Khmer, Myanmar,
 * Ethiopic, Sinhala, Bengali) decides alone, without the identifier; the
 * identifier sees at most the first 120 characters, without Arabic vowel
 * marks. A short side (under `short_letters` letters) is dropped only below
 * `short_min_score`: a few words are little evidence.
 * Score: confidence that the side is in its declared language (clean = high),
 * the lower of the two sides. Labels `src=<tag>` / `tgt=<tag>` feed the
 * report's confusion matrix.
 */
import { LANGUAGES, langMatches } from '@silkloom/core';
import { VARIETY_GROUPS, areConfusable } from '@silkloom/text';
import { type PairText, defineStep, kept, dropped } from '../step.ts';
import type { LanguageIdentifier } from '../language-identifier.ts';
import { type TextProfile, dominantScriptIndex } from '../text-shim/profile.ts';
import { sideProfile } from '../pair-measures.ts';
import { S_OTHER, scriptIdOf } from '../text-shim/char-table.ts';

interface LearnState {
  src: string[];
  tgt: string[];
}

function candidatesFor(declared: string): string[] {
  return [declared, ...LANGUAGES.map((l) => l.tag).filter((t) => t !== declared)];
}

const CHINESE = /^(zh|yue)(-|$)/;

/**
 * Varieties of one language a sentence-level identifier cannot reliably tell apart
 * (@silkloom/text's {@link VARIETY_GROUPS}: not Hindi/Nepali, two languages the identifier
 * tells apart on full sentences),
 * plus Simplified vs Traditional Chinese (a script choice, which the zh-variant normaliser
 * can convert): a guess inside the group is not a rejection unless `strict_varieties`.
 */
function sameVarietyGroup(a: string, b: string): boolean {
  return areConfusable(a, b, VARIETY_GROUPS) || (CHINESE.test(a) && CHINESE.test(b));
}

/** Scripts (indices) that only one registry language writes: the script alone decides there. */
const SCRIPT_OWNER = (() => {
  const users = new Map<number, string[]>();
  for (const l of LANGUAGES) for (const sc of l.scripts) {
    const id = scriptIdOf(sc);
    if (id !== S_OTHER) users.set(id, [...(users.get(id) ?? []), l.tag]);
  }
  return new Map([...users].filter(([, tags]) => tags.length === 1).map(([id, tags]) => [id, tags[0]!]));
})();

/** Registry languages written in each script (by index). */
const SCRIPT_USERS = (() => {
  const users = new Map<number, string[]>();
  for (const l of LANGUAGES) for (const sc of l.scripts) {
    const id = scriptIdOf(sc);
    if (id !== S_OTHER) users.set(id, [...(users.get(id) ?? []), l.tag]);
  }
  return users;
})();

/** Per declared language, per script index: {@link onlyVarietiesWrite}'s answers (no key string made per side). */
const onlyVarieties = new Map<string, Map<number, boolean>>();

/** Whether every registry language written in the script is the declared one or a variety of it (cached: asked for every side). */
function onlyVarietiesWrite(script: number, declared: string): boolean {
  let byScript = onlyVarieties.get(declared);
  if (!byScript) onlyVarieties.set(declared, (byScript = new Map()));
  let answer = byScript.get(script);
  if (answer === undefined) {
    answer = (SCRIPT_USERS.get(script) ?? []).every((l) => l === declared || sameVarietyGroup(declared, l));
    byScript.set(script, answer);
  }
  return answer;
}

/** Identification looks at most this many characters: enough evidence, bounded cost. */
const MAX_CHARS = 120;

/** Arabic vowel marks (harakat): optional, rare in running text, so an identifier has seen them too little to weigh. */
const HARAKAT = /[\u064B-\u065F\u0670]/g;

/** Harakat anywhere in a text (a test, not a replacement: {@link identifiedPart}). */
const HAS_HARAKAT = /[\u064B-\u065F\u0670]/;

/**
 * What the identifier sees of a side: its first {@link MAX_CHARS} characters
 * once {@link HARAKAT} are removed. When those characters hold no harakat
 * they are the answer (removing later ones moves nothing before them), found
 * without scanning or copying the whole line.
 */
function identifiedPart(text: string): string {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (!HAS_HARAKAT.test(head)) return head;
  const bare = text.replace(HARAKAT, '');
  return bare.length > MAX_CHARS ? bare.slice(0, MAX_CHARS) : bare;
}

/** `side=lang`, made once per side and language (a label per side per pair was fresh garbage). */
const srcLabels = new Map<string, string>(), tgtLabels = new Map<string, string>();
function sideLabel(side: 'src' | 'tgt', lang: string): string {
  const labels = side === 'src' ? srcLabels : tgtLabels;
  let label = labels.get(lang);
  if (label === undefined) labels.set(lang, (label = `${side}=${lang}`));
  return label;
}

function sideScore(identifier: LanguageIdentifier, text: string, profile: TextProfile, declared: string, candidates: string[], minLetters: number, strict: boolean, labels: string[], side: 'src' | 'tgt'): number | undefined {
  if (profile.letterTotal < minLetters) return undefined;
  const dominant = dominantScriptIndex(profile);
  const owner = SCRIPT_OWNER.get(dominant);
  if (owner) {
    const share = profile.letters[dominant]! / profile.letterTotal;
    labels.push(sideLabel(side, owner));
    return owner === declared ? share : 1 - share;
  }
  // Every language of this script is a variety of the declared one (Han for zh-Hans): unless varieties
  // are judged strictly, no answer of the identifier could drop the side.
  if (!strict && onlyVarietiesWrite(dominant, declared)) {
    labels.push(sideLabel(side, declared));
    return profile.letters[dominant]! / profile.letterTotal;
  }
  const guess = identifier.identify(identifiedPart(text), candidates);
  if (!guess) return undefined;
  labels.push(sideLabel(side, guess.lang));
  const same = guess.lang === declared || langMatches(declared, guess.lang) || langMatches(guess.lang, declared) || (!strict && sameVarietyGroup(declared, guess.lang));
  return same ? guess.confidence : 1 - guess.confidence;
}

export const languageFilter = defineStep({
  name: 'language',
  version: '1.2.0',
  kind: 'filter',
  scoreEdges: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001],
  description: 'Drops pairs where a side is identified as another language than declared.',
  costly: true,
  options: {
    sides: { type: 'string', default: 'both', enum: ['both', 'src', 'tgt'], description: 'Which sides to check.' },
    min_letters: { type: 'integer', default: 4, min: 0, description: 'Sides with fewer letters are not judged.' },
    min_score: { type: 'number', default: 0.5, min: 0, max: 1, description: 'Lowest confidence in the declared language kept.' },
    short_letters: { type: 'integer', default: 20, min: 0, description: 'Sides with fewer letters are short: judged against short_min_score.' },
    short_min_score: { type: 'number', default: 0.3, min: 0, max: 1, description: 'Lowest confidence in the declared language kept for a short side.' },
    strict_varieties: { type: 'boolean', default: false, description: 'Also drop a guess of a confusable variety (ms for id, zh-Hant for yue …).' },
    learn_sample: { type: 'integer', default: 3000, min: 0, description: 'Pairs an adaptive identifier learns confusable varieties from.' },
  },
  fit: {
    // The adaptive identifier learns the corpus's confusable varieties from this sample (replayed in each worker).
    sampleSize: (o) => o.learn_sample,
    fit(sample, _o, ctx): LearnState | undefined {
      const id = ctx.identifier;
      if (!id.observe || !id.learns) return undefined;
      const state: LearnState = { src: id.learns(ctx.srcLang) ? sample.map((p) => p.src) : [], tgt: id.learns(ctx.tgtLang) ? sample.map((p) => p.tgt) : [] };
      return state.src.length || state.tgt.length ? state : undefined;
    },
  },
  create(o, ctx, state: LearnState | undefined) {
    if (state && ctx.identifier.observe) {
      for (const t of state.src) ctx.identifier.observe(t, ctx.srcLang);
      for (const t of state.tgt) ctx.identifier.observe(t, ctx.tgtLang);
    }
    // A short side ("How are you?") is little evidence: only a confident other guess drops it.
    const minScoreFor = (pair: PairText, side: 'src' | 'tgt') => (sideProfile(pair, side).letterTotal < o.short_letters ? o.short_min_score : o.min_score);
    const src = candidatesFor(ctx.src?.tag ?? ctx.srcLang);
    const tgt = candidatesFor(ctx.tgt?.tag ?? ctx.tgtLang);
    return {
      kind: 'filter',
      check(pair) {
        const labels: string[] = [];
        const a = o.sides !== 'tgt' ? sideScore(ctx.identifier, pair.src, sideProfile(pair, 'src'), src[0]!, src, o.min_letters, o.strict_varieties, labels, 'src') : undefined;
        const b = o.sides !== 'src' ? sideScore(ctx.identifier, pair.tgt, sideProfile(pair, 'tgt'), tgt[0]!, tgt, o.min_letters, o.strict_varieties, labels, 'tgt') : undefined;
        const score = Math.min(a ?? 1, b ?? 1);
        if (a !== undefined && a < o.min_score && a < minScoreFor(pair, 'src')) return dropped('wrong_lang:src', score, undefined, labels);
        if (b !== undefined && b < o.min_score && b < minScoreFor(pair, 'tgt')) return dropped('wrong_lang:tgt', score, undefined, labels);
        return kept(score, undefined, labels);
      },
    };
  },
});
