/**
 * BCP 47 language tags (RFC 5646): validation and one canonical form, so that
 * `zh_CN`, `zho_Hans`, `zh-Hans-CN` and `cmn-Hans` all key the same variant.
 *
 * Canonicalisation leans on ICU/CLDR through `Intl.getCanonicalLocales` (case,
 * deprecated and individual-language aliases such as in→id, zsm→ms, pes→fa,
 * prs→fa-AF, tl→fil) and checks the primary subtag against ISO 639-3 with the
 * `iso-639-3` data package. Then two house rules, recorded in docs/adr/0003:
 *
 * 1. Chinese-family tags (zh, yue) always carry their script, because
 *    Simplified vs Traditional is the distinction that matters in a corpus:
 *    zh, zh-CN → zh-Hans; zh-TW → zh-Hant; yue → yue-Hant. The region is dropped
 *    when it is the likely one for that script (zh-Hans-CN → zh-Hans) and kept
 *    otherwise (zh-Hant-HK stays).
 * 2. For every other language an explicit script that equals the language's
 *    likely script is dropped (th-Thai → th, uz-Latn → uz, kk-Cyrl → kk), as
 *    RFC 5646 §4.1 advises for suppressed scripts; a non-default script stays
 *    (ms-Arab, uz-Cyrl, mn-Mong). Regions are kept (en-US).
 *
 * FLORES-200 codes (`tha_Thai`, `zsm_Latn`) are read as language_Script.
 */
import { iso6393, iso6393To1 } from 'iso-639-3';
import { coreError } from './errors.ts';

/** Canonical BCP 47 tag as produced by {@link canonicalLangTag}. */
export type LangTag = string;

const CHINESE_FAMILY = new Set(['zh', 'yue']);

/** Aliases CLDR does not apply but our users expect (individual → macrolanguage). */
const EXTRA_LANGUAGE_ALIASES: Record<string, string> = {
  pbt: 'ps', // Southern Pashto, FLORES pbt_Arab
  pst: 'ps',
  pbu: 'ps',
};

/** Subtags that name no language and therefore cannot key a variant. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

let knownLanguages: Set<string> | undefined;

function isKnownLanguage(subtag: string): boolean {
  if (!knownLanguages) {
    knownLanguages = new Set<string>();
    for (const entry of iso6393) knownLanguages.add(entry.iso6393);
    for (const two of Object.values(iso6393To1)) knownLanguages.add(two);
  }
  if (knownLanguages.has(subtag)) return true;
  // qaa..qtz is reserved for private use by ISO 639-2.
  return /^q[a-t][a-z]$/.test(subtag);
}

const cache = new Map<string, LangTag>();

/**
 * Returns the canonical form of a language tag, or throws SLM_LANG_TAG_INVALID
 * (not well-formed) / SLM_LANG_TAG_UNKNOWN (well-formed but no such language).
 */
export function canonicalLangTag(input: string): LangTag {
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const tag = computeCanonical(input);
  if (cache.size > 10_000) cache.clear();
  cache.set(input, tag);
  return tag;
}

/** Like {@link canonicalLangTag} but returns undefined instead of throwing. */
export function tryCanonicalLangTag(input: string): LangTag | undefined {
  try {
    return canonicalLangTag(input);
  } catch {
    return undefined;
  }
}

function computeCanonical(input: string): LangTag {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 64) throw coreError('SLM_LANG_TAG_INVALID', { tag: input });
  let raw = trimmed.replace(/_/g, '-');
  // Extended language subtags (zh-yue, zh-cmn-Hans): use the extlang as the language.
  raw = raw.replace(/^(zh|ar|ms|sw|fa|uz|ps)-([a-z]{3})(?=-|$)/i, (_m, _macro, ext: string) => ext);
  const [first, ...rest] = raw.split('-');
  const alias = EXTRA_LANGUAGE_ALIASES[first!.toLowerCase()];
  if (alias) raw = [alias, ...rest].join('-');

  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(raw)[0]!;
  } catch (cause) {
    throw coreError('SLM_LANG_TAG_INVALID', { tag: input }, { cause });
  }
  const locale = new Intl.Locale(canonical);
  const language = locale.language ?? 'und';
  if (NOT_A_LANGUAGE.has(language)) {
    throw coreError('SLM_LANG_TAG_UNKNOWN', { tag: input, reason: `"${language}" is not a language` });
  }
  if (!isKnownLanguage(language)) {
    throw coreError('SLM_LANG_TAG_UNKNOWN', { tag: input, reason: `"${language}" is not in ISO 639` });
  }
  return applyHouseRules(locale);
}

function applyHouseRules(locale: Intl.Locale): LangTag {
  const { language, region } = locale;
  let script = locale.script;
  const rest = tailSubtags(locale);
  if (CHINESE_FAMILY.has(language)) {
    const likely = new Intl.Locale(script ? `${language}-${script}` : region ? `${language}-${region}` : language).maximize();
    script ??= likely.script;
    const likelyRegion = new Intl.Locale(`${language}-${script}`).maximize().region;
    const keepRegion = region && region !== likelyRegion;
    return [language, script, keepRegion ? region : undefined, ...rest].filter(Boolean).join('-');
  }
  if (script) {
    const likelyScript = new Intl.Locale(language).maximize().script;
    if (likelyScript === script) script = undefined;
  }
  return [language, script, region, ...rest].filter(Boolean).join('-');
}

/** Variants, extensions and private-use subtags after language-script-region. */
function tailSubtags(locale: Intl.Locale): string[] {
  const base = locale.baseName.split('-');
  const skip = 1 + (locale.script ? 1 : 0) + (locale.region ? 1 : 0);
  const variants = base.slice(skip);
  const full = locale.toString();
  const ext = full.length > locale.baseName.length ? full.slice(locale.baseName.length + 1).split('-') : [];
  return [...variants, ...ext];
}

/** The primary language subtag of a canonical tag (`zh-Hans` → `zh`). */
export function primaryLanguage(tag: LangTag): string {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
}

/** The ISO 15924 script of a tag, explicit or likely (`th` → `Thai`, `zh-Hant` → `Hant`). */
export function tagScript(tag: LangTag): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * RFC 4647 §3.3.1 basic filtering on canonical tags: the range `th` matches
 * `th` and `th-TH`; `zh` matches `zh-Hans` and `zh-Hant`; `*` matches all.
 * The range is canonicalised first, so `zh_CN` works as a range for zh-Hans.
 */
export function langMatches(range: string, tag: LangTag): boolean {
  if (range === '*') return true;
  const canonicalRange = canonicalRangeOf(range);
  const lowerTag = tag.toLowerCase();
  const lowerRange = canonicalRange.toLowerCase();
  return lowerTag === lowerRange || lowerTag.startsWith(`${lowerRange}-`);
}

/**
 * A bare language range (`zh`, `yue`) must keep matching every script of the
 * language, so it is only aliased (tl → fil), not given the default script
 * that {@link canonicalLangTag} adds for Chinese.
 */
function canonicalRangeOf(range: string): string {
  if (/^[a-z]{2,3}$/i.test(range)) {
    const alias = EXTRA_LANGUAGE_ALIASES[range.toLowerCase()];
    if (alias) return alias;
    try {
      return Intl.getCanonicalLocales(range)[0]!;
    } catch {
      return range.toLowerCase();
    }
  }
  return tryCanonicalLangTag(range) ?? range.toLowerCase();
}

/** Text direction of the tag's script. */
export function tagDirection(tag: LangTag): 'ltr' | 'rtl' {
  const script = tagScript(tag);
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
