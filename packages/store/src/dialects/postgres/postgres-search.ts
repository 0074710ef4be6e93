/**
 * Search on PostgreSQL: ILIKE served by the pg_trgm GIN index (three
 * characters or more), or containment in the grams of `variant_cjk_grams`
 * served by its GIN index (one or two CJK characters), joined to units for the filters,
 * in (unit id, language) order. Counts stop at COUNT_CAP hits; past it, the
 * total is estimated from a 1% block sample and flagged as such. TM candidates
 * come from chunks of the sentence looked up with the trigram index, ranked by
 * how many chunks a unit contains.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../schema.ts';
import { type HitCount, type HitPage, type SearchBackend, setFacets } from '../../search/search-backend.ts';
import { type SearchPlan, likePattern } from '../../search/search-plan.ts';
import type { SimilarCandidate } from '../../types-search.ts';

const SAMPLE_PERCENT = 1;
/** PostgreSQL counts hits exactly up to this many (each costs a heap fetch and a recheck), then samples. */
const PG_COUNT_CAP = 2000;
/** From this many sampled hits on, a CJK count scans variants with LIKE instead of checking grams (see count). */
const DENSE_CJK_HITS = 5 * PG_COUNT_CAP;
/** TM: the query is cut into chunks of this many characters, each looked up with the trigram index. */
const TM_CHUNK = 5;
const TM_CHUNKS = 8;
const TM_PER_CHUNK = 150;

/**
 * Conditions on the variant alone. For CJK queries the gram containment is what the index serves and
 * the LIKE is what decides (cheap, so the planner filters with it first when it walks rows in id
 * order); a scan that uses no index (`scan`, the sample) needs only the LIKE.
 */
function variantConditions(plan: SearchPlan, { scan = false, langIndex = true } = {}): RawBuilder<unknown> {
  const like = plan.index === 'cjk' ? sql`v.text LIKE ${likePattern(plan.query)}` : sql`v.text ILIKE ${likePattern(plan.query)}`;
  const parts: RawBuilder<unknown>[] = [plan.index === 'cjk' && !scan ? sql`${hasGrams(plan)} AND ${like}` : like];
  if (plan.tags) parts.push(langIndex ? sql`v.lang IN (${sql.join(plan.tags)})` : sql`(v.lang || '') IN (${sql.join(plan.tags)})`);
  return sql.join(parts, sql` AND `);
}

/** The grams row `g` contains the query; the language filter is repeated here to narrow it before any join. */
function gramsMatch(plan: SearchPlan): RawBuilder<unknown> {
  const langs = plan.tags ? sql` AND g.lang IN (${sql.join(plan.tags)})` : sql``;
  return sql`g.grams @> ARRAY[${plan.query}]::text[]${langs}`;
}

/** The variant's row in variant_cjk_grams matches: a semi-join the planner can drive from that table's GIN index. */
function hasGrams(plan: SearchPlan): RawBuilder<unknown> {
  return sql`EXISTS (SELECT 1 FROM variant_cjk_grams g WHERE g.unit_id = v.unit_id AND g.lang = v.lang AND ${gramsMatch(plan)})`;
}

/**
 * The (unit_id, lang) of the hits, as `v`. A CJK query counted through its index reads only
 * variant_cjk_grams: grams are the text's CJK characters and adjacent pairs and the query is one or two
 * CJK characters, so containment is the same test as the LIKE. With the trigram index, the language is
 * checked on the rows found rather than ANDed in from variants_lang, whose bitmap of a whole language
 * (a third of the rows) took longer than the trigram look-up itself.
 */
function hitRows(plan: SearchPlan, scan: boolean): RawBuilder<unknown> {
  if (plan.index === 'cjk' && !scan) return sql`(SELECT g.unit_id, g.lang FROM variant_cjk_grams g WHERE ${gramsMatch(plan)}) v`;
  return sql`(SELECT v.unit_id, v.lang FROM variants v WHERE ${variantConditions(plan, { scan, langIndex: plan.index === 'cjk' })}) v`;
}

/** Conditions on the hit's unit `u` (joined on v.unit_id). */
function unitConditions(plan: SearchPlan): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`u.id = v.unit_id`, sql`u.withdrawn = 0`];
  if (plan.corpusIds) parts.push(sql`u.corpus_id IN (${sql.join(plan.corpusIds)})`);
  if (plan.status) parts.push(sql`u.status = ${plan.status}`);
  if (plan.withTags) parts.push(sql`EXISTS (SELECT 1 FROM variants w WHERE w.unit_id = u.id AND w.lang IN (${sql.join(plan.withTags)}))`);
  if (plan.domain !== undefined) parts.push(sql`u.domains @> jsonb_build_array(${plan.domain}::text)`);
  return sql.join(parts, sql` AND `);
}

function conditions(plan: SearchPlan): RawBuilder<unknown> {
  return sql`${variantConditions(plan)} AND ${unitConditions(plan)}`;
}

export function postgresSearch(db: Kysely<DB>): SearchBackend {
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

  /** The total estimated from a block sample of SAMPLE_PERCENT of the variants (rows checked with LIKE alone). */
  async function sampledTotal(plan: SearchPlan): Promise<number> {
    const sample = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM variants v TABLESAMPLE SYSTEM (${sql.lit(SAMPLE_PERCENT)})
      CROSS JOIN LATERAL (SELECT 1 FROM units u WHERE ${unitConditions(plan)} LIMIT 1) u
      WHERE ${variantConditions(plan, { scan: true })}`.execute(db);
    return Math.round((sample.rows[0]!.n * 100) / SAMPLE_PERCENT);
  }

  async function count(plan: SearchPlan, facets: boolean): Promise<HitCount> {
    // A CJK query's gram check costs a random read of variant_cjk_grams per candidate, so for a common
    // one (the sample decides, first) a plain scan with LIKE reaches the cap several times sooner.
    const sampled = plan.index === 'cjk' ? await sampledTotal(plan) : undefined;
    const scan = sampled !== undefined && sampled >= DENSE_CJK_HITS;
    // LATERAL keeps the unit check a primary-key probe per hit (a hash join would read every unit).
    const capped = sql`SELECT u.corpus_id, u.domains FROM ${hitRows(plan, scan)}
      CROSS JOIN LATERAL (SELECT u.corpus_id, u.domains FROM units u WHERE ${unitConditions(plan)} LIMIT 1) u
      LIMIT ${PG_COUNT_CAP}`;
    const head = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${capped}) h`.execute(db);
    const matched = head.rows[0]!.n;
    let factor = 1;
    let total = matched;
    if (matched >= PG_COUNT_CAP) {
      total = Math.max(PG_COUNT_CAP, sampled ?? (await sampledTotal(plan)));
      factor = total / matched;
    }
    const result: HitCount = { total, exact: matched < PG_COUNT_CAP };
    if (facets) {
      const byCorpus = await sql<{ corpus_id: number; n: number }>`SELECT corpus_id, count(*)::int AS n FROM (${capped}) h GROUP BY corpus_id`.execute(db);
      const byDomain = await sql<{ value: string; n: number }>`
        SELECT d.value, count(*)::int AS n FROM (${capped}) h, jsonb_array_elements_text(h.domains) AS d(value) GROUP BY d.value`.execute(db);
      setFacets(result, byCorpus.rows, byDomain.rows, factor);
    }
    return result;
  }

  async function similar(text: string, plan: SearchPlan, limit: number): Promise<SimilarCandidate[]> {
    // pg_trgm's own similarity search (`%`) reads every posting list of every query trigram, which is
    // slow on large stores; instead, look up a few chunks of the sentence with the trigram index (each
    // stopping early) and rank units by how many chunks they contain, as the SQLite side ranks by rare trigrams.
    const chars = [...text.normalize('NFC')];
    const chunks: string[] = [];
    const step = Math.max(TM_CHUNK, Math.ceil(chars.length / TM_CHUNKS));
    for (let i = 0; i + 3 <= chars.length && chunks.length < TM_CHUNKS; i += step) chunks.push(chars.slice(i, i + TM_CHUNK).join(''));
    if (!chunks.length) return [];
    const langs = plan.tags ? (plan.tags.length ? sql`AND v.lang IN (${sql.join(plan.tags)})` : sql`AND FALSE`) : sql``;
    const lookups = chunks.map(
      (chunk) => sql`(SELECT v.unit_id, v.lang FROM variants v WHERE v.text ILIKE ${likePattern(chunk)} ${langs} LIMIT ${TM_PER_CHUNK})`,
    );
    const rows = await sql<{ unit_id: number; corpus: string; lang: string; text: string }>`
      WITH hits AS (${sql.join(lookups, sql` UNION ALL `)}),
      ranked AS (SELECT unit_id, lang, count(*) AS shared FROM hits GROUP BY unit_id, lang ORDER BY shared DESC, unit_id LIMIT ${limit * 2})
      SELECT r.unit_id, c.name AS corpus, r.lang, v.text
      FROM ranked r JOIN variants v ON v.unit_id = r.unit_id AND v.lang = r.lang
      JOIN units u ON u.id = r.unit_id JOIN corpora c ON c.id = u.corpus_id
      WHERE ${unitConditions(plan)}
      ORDER BY r.shared DESC, r.unit_id
      LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => ({ unitId: String(r.unit_id), corpus: r.corpus, lang: r.lang, text: r.text }));
  }

  return { page, count, similar };
}
