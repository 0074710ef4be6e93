/**
 * Contributions as the dashboard and the contributions page see them: what a
 * batch holds, who gets credit, coverage per language and domain, and the
 * per-unit length ratios against the zh-Hans hub.
 */
import { sql } from 'kysely';
import type { BatchSummary, CoverageCell, Credit } from '../cobuild-types.ts';
import type { Engine } from '../engine.ts';
import { guard } from '../guard.ts';
import { requireBatchId } from '../row-values.ts';
import { corpusIdOf } from './corpus-repo.ts';
import { HUB_LANG } from './pair-key.ts';

export interface ContributionRepo {
  batchSummary(batchId: string): Promise<BatchSummary>;
  credit(corpus?: string): Promise<Credit>;
  coverage(corpus?: string): Promise<CoverageCell[]>;
  /** Target-to-hub length ratios (characters), at most `limit` units, keyed by target language. */
  lengthRatios(corpus?: string, limit?: number): Promise<Record<string, number[]>>;
}

const count = (n: number | string | bigint) => Number(n);

export function contributionRepo(engine: Engine): ContributionRepo {
  const corpusFilter = async (corpus?: string) => (corpus === undefined ? undefined : corpusIdOf(engine.db, corpus));
  return {
    batchSummary: (batchId) =>
      guard('summarise an import batch', async () => {
        const id = requireBatchId(batchId);
        const db = engine.db;
        const [langs, statuses, released] = await Promise.all([
          db.selectFrom('variants as v').innerJoin('units as u', 'u.id', 'v.unit_id').select(['v.lang as key', (eb) => eb.fn.countAll<number>().as('n')]).where('u.batch_id', '=', id).groupBy('v.lang').execute(),
          db.selectFrom('units').select(['status as key', (eb) => eb.fn.countAll<number>().as('n')]).where('batch_id', '=', id).groupBy('status').execute(),
          db.selectFrom('release_units as m').innerJoin('units as u', 'u.id', 'm.unit_id').select((eb) => eb.fn.count<number>('m.unit_id').distinct().as('n')).where('u.batch_id', '=', id).executeTakeFirstOrThrow(),
        ]);
        const byLang = Object.fromEntries(langs.map((r) => [r.key, count(r.n)]));
        const byStatus = Object.fromEntries(statuses.map((r) => [r.key, count(r.n)]));
        return { batchId, units: Object.values(byStatus).reduce((s, n) => s + n, 0), byLang, statuses: byStatus, released: count(released.n) };
      }),
    credit: (corpus) =>
      guard('compute credit', async () => {
        const corpusId = await corpusFilter(corpus);
        const contributors = await engine.db
          .selectFrom('units as u')
          .innerJoin('import_batches as b', 'b.id', 'u.batch_id')
          .select(['b.contributor as key', (eb) => eb.fn.countAll<number>().as('n')])
          .where('u.withdrawn', '=', 0)
          .where('b.contributor', 'is not', null)
          .$if(corpusId !== undefined, (q) => q.where('u.corpus_id', '=', corpusId!))
          .groupBy('b.contributor')
          .execute();
        const validators = await engine.db
          .selectFrom('review_votes as v')
          .innerJoin('units as u', 'u.id', 'v.unit_id')
          .leftJoin('review_decisions as d', 'd.unit_id', 'v.unit_id')
          .select(['v.voter', (eb) => eb.fn.countAll<number>().as('votes'), (eb) => eb.fn.count<number>('d.unit_id').as('decisive')])
          .$if(corpusId !== undefined, (q) => q.where('u.corpus_id', '=', corpusId!))
          .groupBy('v.voter')
          .execute();
        return {
          contributors: Object.fromEntries(contributors.map((r) => [r.key as string, count(r.n)])),
          validators: validators.map((r) => ({ voter: r.voter, votes: count(r.votes), decisive: count(r.decisive) })).sort((a, b) => b.votes - a.votes || (a.voter < b.voter ? -1 : 1)),
        };
      }),
    coverage: (corpus) =>
      guard('compute coverage', async () => {
        const corpusId = await corpusFilter(corpus);
        const rows = await sql<{ lang: string; domain: string; n: number }>`
          select v.lang as lang, d.value as domain, count(*) as n
          from units u join variants v on v.unit_id = u.id, ${engine.sql.jsonArrayElements('u.domains', 'd')}
          where u.withdrawn = 0 ${corpusId === undefined ? sql`` : sql`and u.corpus_id = ${corpusId}`}
          group by v.lang, d.value`.execute(engine.db);
        return rows.rows.map((r) => ({ lang: r.lang, domain: r.domain, units: count(r.n) })).sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.domain < b.domain ? -1 : 1));
      }),
    lengthRatios: (corpus, limit = 20000) =>
      guard('compute length ratios', async () => {
        const corpusId = await corpusFilter(corpus);
        const rows = await engine.db
          .selectFrom('variants as h')
          .innerJoin('variants as t', (j) => j.onRef('t.unit_id', '=', 'h.unit_id').onRef('t.lang', '<>', 'h.lang'))
          .innerJoin('units as u', 'u.id', 'h.unit_id')
          .select(['t.lang as lang', sql<number>`length(t.text)`.as('tl'), sql<number>`length(h.text)`.as('hl')])
          .where('h.lang', '=', HUB_LANG)
          .where('u.withdrawn', '=', 0)
          .$if(corpusId !== undefined, (q) => q.where('u.corpus_id', '=', corpusId!))
          .limit(limit)
          .execute();
        const out: Record<string, number[]> = {};
        for (const r of rows) if (count(r.hl) > 0) (out[r.lang] ??= []).push(count(r.tl) / count(r.hl));
        return out;
      }),
  };
}
