/**
 * Translation-memory look-up: candidates from the store's n-gram indexes (the
 * sentence itself as a substring, for exact matches, and the rarest trigrams
 * / pg_trgm similarity, for fuzzy ones), scored by {@link tmScore}, paired with
 * their target-language variant, best first: in-context exact (101), exact
 * (100), then fuzzy by percentage. Identical source/target pairs collapse.
 */
import { langMatches } from '@silkloom/core';
import type { TmMatch } from '@silkloom/contract';
import type { Store } from '@silkloom/store';
import { allCjk, codePointLength } from '@silkloom/store';
import { normaliseForTm } from './tm-tokens.ts';
import { tmScore } from './tm-score.ts';

export interface TmLookupInput {
  text: string;
  src: string;
  tgt: string;
  /** Lowest percentage returned (default 70). */
  min?: number;
  /** Matches returned (default 5). */
  limit?: number;
  /** Corpora to look in (names); all when absent. */
  corpora?: string[];
  /** The segment before `text`, for in-context (101%) matches. */
  previous?: string;
}

const CANDIDATES = 40;

function variantFor(variants: Record<string, string>, range: string): [string, string] | undefined {
  if (variants[range] !== undefined) return [range, variants[range]!];
  return Object.entries(variants).find(([tag]) => langMatches(range, tag));
}

async function inContext(store: Store, unitId: string, previous: string, src: string): Promise<boolean> {
  const id = Number(unitId);
  if (id <= 1) return false;
  const [unit, before] = await Promise.all([store.units.get(unitId), store.units.get(String(id - 1)).catch(() => undefined)]);
  if (!before || before.provenance.batchId !== unit.provenance.batchId) return false;
  const side = Object.entries(before.variants).find(([tag]) => langMatches(src, tag));
  return side !== undefined && normaliseForTm(side[1].text) === normaliseForTm(previous);
}

export async function tmLookup(store: Store, input: TmLookupInput): Promise<TmMatch[]> {
  const min = input.min ?? 70;
  const limit = input.limit ?? 5;
  const text = input.text.normalize('NFC');
  const scope = { langs: [input.src], ...(input.corpora ? { corpora: input.corpora } : {}) };
  const canExact = codePointLength(text) >= 3 || allCjk(text);
  const [exact, fuzzy] = await Promise.all([
    canExact ? store.search.find({ query: text, ...scope, limit: 20, count: false }).then((p) => p.hits) : Promise.resolve([]),
    store.search.similar({ text, ...scope, limit: CANDIDATES }),
  ]);
  const seen = new Set<string>();
  const candidates = [...exact, ...fuzzy].filter((c) => !seen.has(`${c.unitId}.${c.lang}`) && seen.add(`${c.unitId}.${c.lang}`));
  const scored = candidates.map((c) => ({ c, score: tmScore(text, c.text, c.lang) })).filter((s) => s.score.percent >= Math.min(min, 100));
  const variants = await store.search.variantsOf(scored.map((s) => s.c.unitId));
  const matches: TmMatch[] = [];
  for (const { c, score } of scored) {
    const target = variantFor(variants.get(c.unitId) ?? {}, input.tgt);
    if (!target) continue;
    let percent = score.percent;
    if (score.exact && input.previous !== undefined && (await inContext(store, c.unitId, input.previous, input.src))) percent = 101;
    matches.push({
      percent,
      source: c.text,
      target: target[1],
      corpus: c.corpus,
      unitId: c.unitId,
      srcLang: c.lang,
      tgtLang: target[0],
      breakdown: { base: score.base, penalties: score.penalties, unit: score.unit },
    });
  }
  matches.sort((a, b) => b.percent - a.percent || b.breakdown.base - a.breakdown.base || Number(a.unitId) - Number(b.unitId));
  const unique = new Set<string>();
  return matches
    .filter((m) => m.percent >= min && !unique.has(`${m.source}\u0000${m.target}`) && unique.add(`${m.source}\u0000${m.target}`))
    .slice(0, limit);
}
