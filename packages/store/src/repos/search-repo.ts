/**
 * Search over variant text: concordance pages with counts and facets, the
 * aligned variants of hits, and translation-memory candidates. The index
 * work is per dialect (dialects/{sqlite,postgres}/…-search.ts); this file resolves filters,
 * cursors and corpus names the same way for both.
 */
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { postgresSearch } from '../dialects/postgres/postgres-search.ts';
import { sqliteSearch } from '../dialects/sqlite/sqlite-search.ts';
import { parseId, slices } from '../row-values.ts';
import type { SearchBackend } from '../search/search-backend.ts';
import { planSearch } from '../search/search-plan.ts';
import type { SearchInput, SearchPage, SimilarCandidate, SimilarInput } from '../types-search.ts';

export interface SearchRepo {
  /** One page of hits (variants containing the query) in unit order, with the total and facets when asked. */
  find(input: SearchInput): Promise<SearchPage>;
  /** Every variant of the given units: unitId → lang → text. */
  variantsOf(unitIds: readonly string[]): Promise<Map<string, Record<string, string>>>;
  /** Translation-memory candidates for a sentence (to be scored by the caller), roughly best first. */
  similar(input: SimilarInput): Promise<SimilarCandidate[]>;
}

export function searchRepo(engine: Engine): SearchRepo {
  const backend: SearchBackend = engine.dialect === 'sqlite' ? sqliteSearch(engine.db) : postgresSearch(engine.db);
  const prefix = engine.dialect === 'sqlite' ? 's' : 'p';
  return {
    find: (input) =>
      guard('search', async () => {
        const limit = Math.min(Math.max(Math.trunc(input.limit ?? 20), 1), 200);
        let after: string | undefined;
        if (input.cursor !== undefined) {
          if (!input.cursor.startsWith(prefix)) throw storeError('SLM_STORE_FILTER_INVALID', { problem: `cursor "${input.cursor}" is not one this store issued` });
          after = input.cursor.slice(1);
        }
        const plan = await planSearch(engine.db, input);
        if (plan.empty) return { hits: [], ...(input.count === false ? {} : { total: 0, totalExact: true }), ...(input.facets ? { byCorpus: {}, byDomain: {} } : {}) };
        const page = await backend.page(plan, after, limit);
        const out: SearchPage = { hits: page.hits, ...(page.next ? { nextCursor: prefix + page.next } : {}) };
        if (input.count !== false || input.facets) {
          const counted = await backend.count(plan, input.facets === true);
          out.total = counted.total;
          out.totalExact = counted.exact;
          if (counted.byCorpusId) {
            const names = new Map((await engine.db.selectFrom('corpora').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
            out.byCorpus = Object.fromEntries([...counted.byCorpusId].map(([id, n]) => [names.get(id) ?? String(id), n]));
            out.byDomain = counted.byDomain ?? {};
          }
        }
        return out;
      }),
    variantsOf: (unitIds) =>
      guard('read variants', async () => {
        const out = new Map<string, Record<string, string>>();
        const ids = unitIds.map((id) => parseId(id)).filter((id): id is number => id !== undefined);
        for (const slice of slices(ids, 500)) {
          const rows = await engine.db.selectFrom('variants').select(['unit_id', 'lang', 'text']).where('unit_id', 'in', slice).orderBy('unit_id').orderBy('ord').execute();
          for (const row of rows) {
            const key = String(row.unit_id);
            const entry = out.get(key) ?? {};
            entry[row.lang] = row.text;
            out.set(key, entry);
          }
        }
        return out;
      }),
    similar: (input) =>
      guard('find translation-memory candidates', async () => {
        const plan = await planSearch(engine.db, { query: input.text, langs: input.langs, ...(input.corpora ? { corpora: input.corpora } : {}) }, { checkQuery: false });
        if (plan.empty) return [];
        return backend.similar(input.text, plan, Math.min(Math.max(input.limit ?? 100, 1), 500));
      }),
  };
}
