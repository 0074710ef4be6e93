/**
 * The normalisers by name, and which apply to a language: the universal ones
 * (NFC, markup residue, zero-width characters, whitespace) followed by those
 * the language registry lists for it (`LanguageInfo.normalizers`).
 * `zh-variant` converts script and so runs only when asked (`optional`).
 */
import { languageInfo, type LangTag } from '@silkloom/core';
import { textError } from '../errors.ts';
import { arabicLettersNormalizer } from './arabic-letters.ts';
import { digitsNormalizer } from './digits.ts';
import { fullwidthLatinNormalizer } from './fullwidth-latin.ts';
import { markupNormalizer } from './markup.ts';
import { thaiVowelOrderNormalizer, uzApostropheNormalizer, viToneMarksNormalizer } from './script-specific.ts';
import type { NormalizeContext, NormalizeResult, Normalizer } from './types.ts';
import { nfcNormalizer, nfkcKeyNormalizer } from './unicode-nfc.ts';
import { whitespaceNormalizer, whitespaceSingleLineNormalizer } from './whitespace.ts';
import { createZawgyiNormalizer } from './zawgyi.ts';
import { zeroWidthKeepZwjNormalizer, zeroWidthKeepZwnjNormalizer, zeroWidthNormalizer } from './zero-width.ts';
import { createZhVariantNormalizer, zhDirectionFor, type ZhDirection } from './zh-variant.ts';

type Factory = (options: Record<string, unknown>) => Normalizer;

const FACTORIES: Record<string, Factory> = {
  nfc: () => nfcNormalizer,
  'nfkc-key': () => nfkcKeyNormalizer,
  whitespace: () => whitespaceNormalizer,
  'whitespace-single-line': () => whitespaceSingleLineNormalizer,
  'zero-width': () => zeroWidthNormalizer,
  'zero-width-keep-zwnj': () => zeroWidthKeepZwnjNormalizer,
  'zero-width-keep-zwj': () => zeroWidthKeepZwjNormalizer,
  markup: () => markupNormalizer,
  'fullwidth-latin': () => fullwidthLatinNormalizer,
  zawgyi: (o) => createZawgyiNormalizer({ threshold: o.threshold as number | undefined }),
  'zh-variant': (o) => createZhVariantNormalizer({ direction: o.direction as ZhDirection | undefined }),
  'arabic-letters': () => arabicLettersNormalizer,
  digits: () => digitsNormalizer,
  'thai-vowel-order': () => thaiVowelOrderNormalizer,
  'vi-tone-marks': () => viToneMarksNormalizer,
  'uz-apostrophe': () => uzApostropheNormalizer,
};

/** Normalisers that change what the text *is* (script) and so never run unless asked. */
const OPTIONAL = new Set(['zh-variant']);
/** Applied to every language, in this order, before the language's own. */
export const UNIVERSAL_NORMALIZERS: readonly string[] = ['nfc', 'markup', 'zero-width', 'whitespace'];

/** Names of every normaliser. */
export function normalizerNames(): string[] {
  return Object.keys(FACTORIES);
}

/** A normaliser by name, with options (`zawgyi`: `{threshold}`; `zh-variant`: `{direction}`). Throws SLM_TEXT_NORMALIZER_UNKNOWN. */
export function getNormalizer(name: string, options: Record<string, unknown> = {}): Normalizer {
  const factory = FACTORIES[name];
  if (!factory) throw textError('SLM_TEXT_NORMALIZER_UNKNOWN', { name, known: normalizerNames().join(', ') });
  return factory(options);
}

export interface NormalizersForOptions {
  /** Also include optional normalisers (zh-variant, towards the tag's script). */
  optional?: boolean;
}

/**
 * The normalisers for text declared as `lang`, in order. A zero-width
 * `keep` variant from the registry replaces the universal `zero-width`.
 * Unknown languages get the universal ones.
 */
export function normalizersFor(lang: LangTag, options: NormalizersForOptions = {}): Normalizer[] {
  let info;
  try {
    info = languageInfo(lang);
  } catch {
    info = undefined;
  }
  const own = (info?.normalizers ?? []).filter((n) => n in FACTORIES && (options.optional || !OPTIONAL.has(n)));
  const keepVariant = own.find((n) => n.startsWith('zero-width-keep'));
  const names = [...UNIVERSAL_NORMALIZERS.map((n) => (n === 'zero-width' && keepVariant ? keepVariant : n)), ...own.filter((n) => n !== keepVariant)];
  return names.map((name) =>
    name === 'zh-variant' ? createZhVariantNormalizer({ direction: zhDirectionFor(info?.tag ?? lang) ?? 't2s' }) : getNormalizer(name),
  );
}

export interface ChainResult extends NormalizeResult {
  /** Names of the normalisers that changed the text. */
  changedBy: string[];
  /** Stats per normaliser name. */
  statsBy: Record<string, Record<string, number>>;
}

/** Runs normalisers in order. */
export function runNormalizers(text: string, normalizers: readonly Normalizer[], context?: NormalizeContext): ChainResult {
  let current = text;
  const changedBy: string[] = [];
  const statsBy: Record<string, Record<string, number>> = {};
  for (const n of normalizers) {
    const r = n.apply(current, context);
    if (r.changed) {
      changedBy.push(n.name);
      if (r.stats) statsBy[n.name] = r.stats;
      current = r.text;
    }
  }
  return { text: current, changed: changedBy.length > 0, changedBy, statsBy };
}

/** Normalises text declared as `lang` with {@link normalizersFor}. */
export function normalizeText(text: string, lang: LangTag, options: NormalizersForOptions = {}): ChainResult {
  return runNormalizers(text, normalizersFor(lang, options), { lang });
}
