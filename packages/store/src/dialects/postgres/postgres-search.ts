/**
 * Search on PostgreSQL: ILIKE served by the pg_trgm GIN index (three
 * characters or more), or containment in `silkloom_cjk_grams(text)` served by
 * its GIN index (one or two CJK characters), joined to units for the filters,
 * in (unit id, language) order. Counts stop at COUNT_CAP hits; past it, the
 * total is estimated from a 1% block sample and flagged as such. TM candidates
 * come from pg_trgm's similarity operator (`%`, threshold 0.3), best first.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../schema.ts';
import { type HitCount, type HitPage, type SearchBackend, setFacets } from '../../search/search-backend.ts';
import { COUNT_CAP, type SearchPlan, likePattern } from '../../search/search-plan.ts';
import type { SimilarCandidate } from '../../types-search.ts';

const SAMPLE_PERCENT = 1;

function conditions(plan: SearchPlan): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    plan.index === 'cjk' ? sql`silkloom_cjk_grams(v.text) @> ARRAY[${plan.query}]::text[]` : sql`v.text ILIKE ${likePattern(plan.query)}`,
    sql`u.withdrawn = 0`,
  ];
  if (plan.tags) parts.push(sql`v.lang IN (${sql.join(plan.tags)})`);
  if (plan.corpusIds) parts.push(sql`u.corpus_id IN (${sql.join(plan.corpusIds)})`);
  if (plan.status) parts.push(sql`u.status = ${plan.status}`);
  if (plan.withTags) parts.push(sql`EXISTS (SELECT 1 FROM variants w WHERE w.unit_id = u.id AND w.lang IN (${sql.join(plan.withTags)}))`);
  if (plan.domain !== undefined) parts.push(sql`u.domains @> jsonb_build_array(${plan.domain}::text)`);
  return sql.join(parts, sql` AND `);
}

export function postgresSearch(db: Kysely<DB>): SearchBackend {
  let extSchema: Promise<string> | undefined;
  const trgm = () =>
    (extSchema ??= sql<{ schema: string }>`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`
      .execute(db)
      .then((r) => r.rows[0]!.schema));

  async function page(plan: SearchPlan, after: string | undefined, limit: number): Promise<HitPage> {
    let position = sql`TRUE`;
    if (after !== undefined) {
      const dot = after.indexOf('.');
      const unitId = Number(after.slice(0, dot));
      const lang = after.slice(dot + 1);
      position = sql`(v.unit_id > ${unitId} OR (v.unit_id = ${unitId} AND v.lang > ${lang}))`;
    }
    const rows = await sql<{ unit_id: number; corpus: string; lang: string; text: string; domains: string }>`
      SELECT v.unit_id, c.name AS corpus, v.lang, v.text, u.domains
      FROM variants v JOIN units u ON u.id = v.unit_id JOIN corpora c ON c.id = u.corpus_id
      WHERE ${conditions(plan)} AND ${position}
      ORDER BY v.unit_id, v.lang
      LIMIT ${limit + 1}`.execute(db);
    const more = rows.rows.length > limit;
    const kept = rows.rows.slice(0, limit);
    const last = kept[kept.length - 1];
    return {
      hits: kept.map((r) => ({ unitId: String(r.unit_id), corpus: r.corpus, lang: r.lang, text: r.text, domains: JSON.parse(r.domains) as string[] })),
      ...(more && last ? { next: `${last.unit_id}.${last.lang}` } : {}),
    };
  }

  async function count(plan: SearchPlan, facets: boolean): Promise<HitCount> {
    const capped = sql`SELECT u.corpus_id, u.domains FROM variants v JOIN units u ON u.id = v.unit_id WHERE ${conditions(plan)} LIMIT ${COUNT_CAP}`;
    const head = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${capped}) h`.execute(db);
    const matched = head.rows[0]!.n;
    let factor = 1;
    let total = matched;
    if (matched >= COUNT_CAP) {
      const sample = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM variants v TABLESAMPLE SYSTEM (${sql.lit(SAMPLE_PERCENT)}) JOIN units u ON u.id = v.unit_id WHERE ${conditions(plan)}`.execute(db);
      total = Math.max(COUNT_CAP, Math.round((sample.rows[0]!.n * 100) / SAMPLE_PERCENT));
      factor = total / matched;
    }
    const result: HitCount = { total, exact: matched < COUNT_CAP };
    if (facets) {
      const byCorpus = await sql<{ corpus_id: number; n: number }>`SELECT corpus_id, count(*)::int AS n FROM (${capped}) h GROUP BY corpus_id`.execute(db);
      const byDomain = await sql<{ value: string; n: number }>`
        SELECT d.value, count(*)::int AS n FROM (${capped}) h, jsonb_array_elements_text(h.domains) AS d(value) GROUP BY d.value`.execute(db);
      setFacets(result, byCorpus.rows, byDomain.rows, factor);
    }
    return result;
  }

  async function similar(text: string, plan: SearchPlan, limit: number): Promise<SimilarCandidate[]> {
    const ext = sql.id(await trgm());
    const parts: RawBuilder<unknown>[] = [sql`v.text OPERATOR(${ext}.%) ${text}`, sql`u.withdrawn = 0`];
    if (plan.tags) parts.push(plan.tags.length ? sql`v.lang IN (${sql.join(plan.tags)})` : sql`FALSE`);
    if (plan.corpusIds) parts.push(sql`u.corpus_id IN (${sql.join(plan.corpusIds)})`);
    const rows = await sql<{ unit_id: number; corpus: string; lang: string; text: string }>`
      SELECT v.unit_id, c.name AS corpus, v.lang, v.text
      FROM variants v JOIN units u ON u.id = v.unit_id JOIN corpora c ON c.id = u.corpus_id
      WHERE ${sql.join(parts, sql` AND `)}
      ORDER BY ${ext}.similarity(v.text, ${text}) DESC, v.unit_id
      LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => ({ unitId: String(r.unit_id), corpus: r.corpus, lang: r.lang, text: r.text }));
  }

  return { page, count, similar };
}
