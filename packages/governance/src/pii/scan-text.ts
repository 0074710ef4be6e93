/**
 * The PII scan engine: normalise (native digits → ASCII, same length), run the
 * recognisers, score each candidate with its context words, drop look-alikes,
 * then resolve overlaps.
 *
 * - Context: a word naming the identifier itself (身份证, NIK, СНИЛС) is
 *   *specific*; a word naming the family ("ID card") is *generic*. Either
 *   raises the score (+0.35, at least 0.4); types without a checksum need a
 *   specific word. Words after the match count as if 10 units farther away.
 * - Look-alikes: for numeric types, if an order/price/ISBN/version cue, or a
 *   word of another numeric family (a phone word for an ID, an ID word for a
 *   phone), is nearer than the type's own context word, the match is dropped.
 * - Rivals: an ID match without a word of its own is dropped when a word
 *   specific to another ID type is near (ИИН names a Kazakh IIN, so a number
 *   after it that fails the IIN check is not reported as a Russian INN).
 * - Overlaps: specific context beats generic beats none; then the higher
 *   score, the nearer context word and the longer span win.
 */
import { governanceError } from '../errors.ts';
import { boosted, compileWords, lowerSameLength, nearestWord, type Word } from './context.ts';
import { LOOKALIKE_WORDS } from './lookalike-words.ts';
import { normalizeForMatching } from './normalize.ts';
import { RECOGNIZERS } from './registry.ts';
import { PII_TYPES, isPiiType, type Finding, type PiiFamily, type PiiType, type Recognizer } from './types.ts';

export interface ScanOptions {
  /** BCP 47 tag of the text; orders phone regions. Context words of all languages apply regardless. */
  lang?: string;
  /** Only these types (default: all). */
  types?: readonly string[];
  /** Report findings scoring at least this (default 0.5). */
  minScore?: number;
}

/** Default reporting threshold: checksum-only matches of weak schemes need a context word to reach it. */
export const DEFAULT_MIN_SCORE = 0.5;

interface Compiled {
  recognizer: Recognizer;
  specific: Word[];
  generic: Word[];
  against: Word[];
  /** Specific words of the other ID types: a match with no word of its own is dropped when one is near. */
  rivals: Word[];
}

interface Ranked extends Finding {
  tier: number;
  distance: number;
}

const NUMERIC_FAMILIES: readonly PiiFamily[] = ['id', 'phone', 'card', 'account'];
let compiled: Compiled[] | undefined;

function compiledRecognizers(): Compiled[] {
  if (compiled) return compiled;
  const familyWords = new Map<PiiFamily, Set<string>>();
  for (const r of RECOGNIZERS) {
    const set = familyWords.get(r.family) ?? new Set<string>();
    for (const list of [...r.context, ...(r.genericContext ?? [])]) for (const words of Object.values(list)) for (const w of words) set.add(w);
    familyWords.set(r.family, set);
  }
  compiled = RECOGNIZERS.map((recognizer) => {
    const specific = compileWords(recognizer.context);
    const generic = compileWords(recognizer.genericContext ?? []);
    const own = new Set([...specific, ...generic].map((w) => w.text));
    const others = NUMERIC_FAMILIES.filter((f) => f !== recognizer.family).flatMap((f) => [...(familyWords.get(f) ?? [])]);
    const against = compileWords([LOOKALIKE_WORDS, { any: others }]).filter((w) => !own.has(w.text));
    const rivalLists = recognizer.family === 'id' ? RECOGNIZERS.filter((r) => r.family === 'id' && r !== recognizer).flatMap((r) => r.context) : [];
    const rivals = compileWords(rivalLists).filter((w) => !own.has(w.text));
    return { recognizer, specific, generic, against, rivals };
  });
  return compiled;
}

/** Added when the text's language is one of the issuing country's (a Thai ID in Thai text). */
export const HOME_PRIOR = 0.1;

function home(recognizer: Recognizer, lang: string | undefined): boolean {
  if (!lang || !recognizer.homeLanguages) return false;
  return recognizer.homeLanguages.includes(lang.split('-')[0]!.toLowerCase());
}

/** Validates and expands a type filter; throws SLM_PII_TYPE_UNKNOWN. */
export function resolveTypes(types: readonly string[] | undefined): Set<PiiType> {
  if (!types || types.length === 0) return new Set(PII_TYPES);
  const out = new Set<PiiType>();
  for (const t of types) {
    const upper = t.trim().toUpperCase();
    if (!isPiiType(upper)) throw governanceError('SLM_PII_TYPE_UNKNOWN', { type: t, known: PII_TYPES.join(', ') });
    out.add(upper);
  }
  return out;
}

/** Finds personal identifiers in one text. Offsets are UTF-16 code units of `text`. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (typeof minScore !== 'number' || Number.isNaN(minScore) || minScore < 0 || minScore > 1) {
    throw governanceError('SLM_PII_OPTIONS_INVALID', { problem: `minScore must be between 0 and 1, got ${String(minScore)}` });
  }
  const wanted = resolveTypes(options.types);
  if (!/[0-9@:\p{Nd}]/u.test(text)) return [];
  const norm = normalizeForMatching(text);
  const lower = lowerSameLength(norm);
  const all: Ranked[] = [];
  for (const { recognizer, specific, generic, against, rivals } of compiledRecognizers()) {
    if (!wanted.has(recognizer.type)) continue;
    for (const c of recognizer.find(norm, options.lang)) {
      const own = nearestWord(lower, c.start, c.end, specific);
      const family = nearestWord(lower, c.start, c.end, generic);
      if (recognizer.requiresContext && own === Infinity) continue;
      if (own === Infinity && rivals.length && nearestWord(lower, c.start, c.end, rivals) !== Infinity) continue;
      const distance = Math.min(own, family);
      if (recognizer.numeric && nearestWord(lower, c.start, c.end, against) < distance) continue;
      const prior = home(recognizer, options.lang) ? HOME_PRIOR : 0;
      const score = Math.round((distance === Infinity ? c.score + prior : boosted(c.score + prior)) * 100) / 100;
      all.push({
        type: recognizer.type, start: c.start, end: c.end, text: text.slice(c.start, c.end),
        score, detector: recognizer.detector, version: recognizer.version,
        tier: own !== Infinity ? 2 : family !== Infinity ? 1 : 0, distance,
      });
    }
  }
  return resolveOverlaps(all)
    .filter((f) => f.score >= minScore)
    .map(({ tier: _tier, distance: _distance, ...finding }) => finding);
}

/** Greedy: best-ranked first; a finding overlapping an accepted one is dropped. */
export function resolveOverlaps<T extends Finding & { tier?: number; distance?: number }>(findings: T[]): T[] {
  const rank = (a: T, b: T) =>
    (b.tier ?? 0) - (a.tier ?? 0) || b.score - a.score || (a.distance ?? Infinity) - (b.distance ?? Infinity) ||
    (b.end - b.start) - (a.end - a.start) || a.start - b.start;
  const kept: T[] = [];
  for (const f of [...findings].sort(rank)) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
