/**
 * The concordance: hits from the store's search indexes, each with the match
 * located in its text (UTF-16 offsets, case-insensitive as the index is) and
 * the aligned variant(s) of its unit — the other side of `pair`, or every
 * other language.
 */
import { langMatches } from '@silkloom/core';
import type { SearchHit, SearchResult } from '@silkloom/contract';
import type { Store } from '@silkloom/store';

export interface ConcordanceInput {
  q: string;
  /** Language range to search in. */
  lang?: string;
  /** `A:B`: search side A, show side B. */
  pair?: string;
  /** Corpora to search (names); all when absent. */
  corpora?: string[];
  domain?: string;
  status?: string;
  limit?: number;
  cursor?: string;
  frequency?: boolean;
}

/** Where `query` occurs in `text`, case-insensitively (Unicode simple case folding), as [start, end). */
export function locateMatch(text: string, query: string): [number, number] {
  const exact = text.indexOf(query);
  if (exact >= 0) return [exact, exact + query.length];
  const re = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
  const found = re.exec(text) ?? re.exec(text.normalize('NFC'));
  return found ? [found.index, found.index + found[0].length] : [0, 0];
}

export async function concordance(store: Store, input: ConcordanceInput): Promise<SearchResult> {
  const [side, other] = input.pair ? (input.pair.split(':') as [string, string]) : [input.lang, undefined];
  const query = input.q.normalize('NFC');
  const page = await store.search.find({
    query,
    ...(side ? { langs: [side] } : {}),
    ...(other ? { withLangs: [other] } : {}),
    ...(input.corpora ? { corpora: input.corpora } : {}),
    ...(input.domain ? { domain: input.domain } : {}),
    ...(input.status ? { status: input.status as never } : {}),
    limit: input.limit ?? 20,
    ...(input.cursor ? { cursor: input.cursor } : {}),
    facets: input.frequency === true,
  });
  const variants = await store.search.variantsOf(page.hits.map((h) => h.unitId));
  const hits: SearchHit[] = page.hits.map((hit) => {
    const aligned: Record<string, string> = {};
    for (const [tag, text] of Object.entries(variants.get(hit.unitId) ?? {})) {
      if (tag === hit.lang) continue;
      if (other === undefined || langMatches(other, tag)) aligned[tag] = text;
    }
    return { unitId: hit.unitId, corpus: hit.corpus, lang: hit.lang, text: hit.text, match: locateMatch(hit.text, query), aligned, domains: hit.domains };
  });
  const result: SearchResult = { total: page.total ?? hits.length, totalExact: page.totalExact ?? true, hits };
  if (page.nextCursor) result.nextCursor = page.nextCursor;
  if (input.frequency) result.frequency = { byCorpus: page.byCorpus ?? {}, byDomain: page.byDomain ?? {}, exact: page.totalExact ?? true };
  return result;
}
