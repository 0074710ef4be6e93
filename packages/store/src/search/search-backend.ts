/** What each dialect implements for search (dialects/{sqlite,postgres}/…-search.ts). */
import type { SearchHitRow, SimilarCandidate } from '../types-search.ts';
import type { SearchPlan } from './search-plan.ts';

export interface HitPage {
  hits: SearchHitRow[];
  /** Dialect-specific position of the last hit, when more may follow. */
  next?: string;
}

export interface HitCount {
  total: number;
  exact: boolean;
  /** Counts by corpus id and by domain (scaled like `total` when it is an estimate). */
  byCorpusId?: Map<number, number>;
  byDomain?: Record<string, number>;
}

export interface SearchBackend {
  page(plan: SearchPlan, after: string | undefined, limit: number): Promise<HitPage>;
  count(plan: SearchPlan, facets: boolean): Promise<HitCount>;
  /** TM candidates for `text` in the plan's tags and corpora, roughly best first. */
  similar(text: string, plan: SearchPlan, limit: number): Promise<SimilarCandidate[]>;
}

/** Sets the facets of `count` from grouped rows, scaled by `factor` when the count is an estimate. */
export function setFacets(
  count: HitCount,
  byCorpus: ReadonlyArray<{ corpus_id: number; n: number }>,
  byDomain: ReadonlyArray<{ value: string; n: number }>,
  factor: number,
): void {
  count.byCorpusId = new Map(byCorpus.map((r) => [r.corpus_id, r.n]));
  count.byDomain = Object.fromEntries(byDomain.map((r) => [r.value, r.n]));
  scaled(count.byCorpusId, factor);
  scaled(count.byDomain, factor);
}

function scaled(counts: Map<number, number> | Record<string, number>, factor: number): void {
  if (factor === 1) return;
  if (counts instanceof Map) for (const [k, v] of counts) counts.set(k, Math.round(v * factor));
  else for (const k of Object.keys(counts)) counts[k] = Math.round(counts[k]! * factor);
}
