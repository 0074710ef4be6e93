/**
 * Search on SQLite: FTS5 phrase queries on the trigram table (or the CJK
 * single-character table for short CJK queries), joined to units for the
 * filters, in rowid order (= unit id, then language), so pages continue with
 * `rowid > last`. Counts read at most SCAN_CAP index entries and stop at
 * COUNT_CAP hits; past either, the total is extrapolated over the id range and
 * flagged as an estimate. TM candidates come from the query's rarest trigrams
 * (document frequencies from fts5vocab), ranked by how many they share.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../schema.ts';
import { type HitCount, type HitPage, type SearchBackend, setFacets } from '../../search/search-backend.ts';
import { COUNT_CAP, SCAN_CAP, type SearchPlan, ftsPhrase, trigramsOf } from '../../search/search-plan.ts';
import type { SimilarCandidate } from '../../types-search.ts';
import { LANG_SLOTS } from './sqlite-search-index.ts';

/** Rare trigrams read per TM look-up, and the postings budget over them. */
const TM_GRAMS = 10;
const TM_POSTINGS = 8_000;

async function langCodes(db: Kysely<DB>, tags: string[] | undefined): Promise<number[] | undefined> {
  if (!tags) return undefined;
  const rows = await sql<{ code: number }>`SELECT code FROM search_langs WHERE lang IN (${sql.join(tags)})`.execute(db);
  return rows.rows.map((r) => r.code);
}

function filters(plan: SearchPlan, codes: number[] | undefined, rid: RawBuilder<unknown>): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`u.withdrawn = 0`];
  if (codes) parts.push(codes.length ? sql`(${rid} % ${sql.lit(LANG_SLOTS)}) IN (${sql.join(codes)})` : sql`0`);
  if (plan.corpusIds) parts.push(sql`u.corpus_id IN (${sql.join(plan.corpusIds)})`);
  if (plan.status) parts.push(sql`u.status = ${plan.status}`);
  if (plan.withTags) parts.push(sql`EXISTS (SELECT 1 FROM variants w WHERE w.unit_id = u.id AND w.lang IN (${sql.join(plan.withTags)}))`);
  if (plan.domain !== undefined) parts.push(sql`EXISTS (SELECT 1 FROM json_each(u.domains) WHERE json_each.value = ${plan.domain})`);
  return sql.join(parts, sql` AND `);
}

const table = (plan: SearchPlan) => sql.table(plan.index === 'cjk' ? 'search_cjk' : 'search_trgm');

export function sqliteSearch(db: Kysely<DB>): SearchBackend {
  async function page(plan: SearchPlan, after: string | undefined, limit: number): Promise<HitPage> {
    const codes = await langCodes(db, plan.tags);
    const from = after === undefined ? 0 : Number(after);
    const rows = await sql<{ rid: number; unit_id: number; corpus: string; lang: string; text: string; domains: string }>`
      SELECT f.rowid AS rid, u.id AS unit_id, c.name AS corpus, l.lang, v.text, u.domains
      FROM ${table(plan)} f
      JOIN units u ON u.id = f.rowid / ${sql.lit(LANG_SLOTS)}
      JOIN search_langs l ON l.code = f.rowid % ${sql.lit(LANG_SLOTS)}
      JOIN variants v ON v.unit_id = u.id AND v.lang = l.lang
      JOIN corpora c ON c.id = u.corpus_id
      WHERE f.${table(plan)} MATCH ${ftsPhrase(plan)} AND f.rowid > ${from} AND ${filters(plan, codes, sql`f.rowid`)}
      ORDER BY f.rowid
      LIMIT ${limit + 1}`.execute(db);
    const more = rows.rows.length > limit;
    const kept = rows.rows.slice(0, limit);
    return {
      hits: kept.map((r) => ({ unitId: String(r.unit_id), corpus: r.corpus, lang: r.lang, text: r.text, domains: JSON.parse(r.domains) as string[] })),
      ...(more ? { next: String(kept[kept.length - 1]!.rid) } : {}),
    };
  }

  async function count(plan: SearchPlan, facets: boolean): Promise<HitCount> {
    const codes = await langCodes(db, plan.tags);
    const match = sql`${table(plan)} MATCH ${ftsPhrase(plan)}`;
    // Streams: index entries in rowid order (at most SCAN_CAP), filtered, stopping at COUNT_CAP hits.
    const hits = sql`SELECT s.rid, u.corpus_id, u.domains
      FROM (SELECT rowid AS rid FROM ${table(plan)} WHERE ${match} ORDER BY rowid LIMIT ${SCAN_CAP}) s
      JOIN units u ON u.id = s.rid / ${sql.lit(LANG_SLOTS)}
      WHERE ${filters(plan, codes, sql`s.rid`)} LIMIT ${COUNT_CAP}`;
    const head = await sql<{ matched: number; last_hit: number | null }>`SELECT count(*) AS matched, max(rid) AS last_hit FROM (${hits})`.execute(db);
    const { matched, last_hit } = head.rows[0]!;
    let stoppedAt: number | null = matched >= COUNT_CAP ? last_hit : null;
    if (stoppedAt === null) {
      const beyond = await sql<{ rid: number }>`SELECT rowid AS rid FROM ${table(plan)} WHERE ${match} ORDER BY rowid LIMIT 1 OFFSET ${SCAN_CAP - 1}`.execute(db);
      stoppedAt = beyond.rows[0]?.rid ?? null;
    }
    let factor = 1;
    if (stoppedAt !== null) {
      // Hits are spread over the id range like those read so far: extrapolate from where reading stopped.
      const max = await sql<{ max_rid: number | null }>`SELECT (max(id) + 1) * ${sql.lit(LANG_SLOTS)} AS max_rid FROM units`.execute(db);
      factor = Math.max(1, (max.rows[0]!.max_rid ?? stoppedAt) / stoppedAt);
    }
    const result: HitCount = { total: Math.round(matched * factor), exact: stoppedAt === null };
    if (facets) {
      const byCorpus = await sql<{ corpus_id: number; n: number }>`SELECT corpus_id, count(*) AS n FROM (${hits}) GROUP BY corpus_id`.execute(db);
      const byDomain = await sql<{ value: string; n: number }>`SELECT d.value, count(*) AS n FROM (${hits}) h, json_each(h.domains) d GROUP BY d.value`.execute(db);
      setFacets(result, byCorpus.rows, byDomain.rows, factor);
    }
    return result;
  }

  async function similar(text: string, plan: SearchPlan, limit: number): Promise<SimilarCandidate[]> {
    const grams = trigramsOf(text.normalize('NFC'));
    if (!grams.length) return [];
    const freq = await sql<{ term: string; doc: number }>`SELECT term, doc FROM search_trgm_vocab WHERE term IN (${sql.join(grams)})`.execute(db);
    const rare = freq.rows.filter((r) => r.doc > 0).sort((a, b) => a.doc - b.doc);
    const chosen: string[] = [];
    let budget = 0;
    for (const { term, doc } of rare) {
      if (chosen.length >= TM_GRAMS || (chosen.length >= 4 && budget + doc > TM_POSTINGS)) break;
      chosen.push(term);
      budget += doc;
    }
    if (!chosen.length) return [];
    const codes = await langCodes(db, plan.tags);
    if (codes && !codes.length) return [];
    // Postings of the chosen grams, counted per rowid inside SQLite (a GROUP BY beats building the map in JS).
    const postings = sql.join(
      chosen.map((gram) => sql`SELECT rowid AS rid FROM search_trgm WHERE search_trgm MATCH ${`"${gram.replace(/"/g, '""')}"`}`),
      sql` UNION ALL `,
    );
    const langFilter = codes ? sql`WHERE rid % ${sql.lit(LANG_SLOTS)} IN (${sql.join(codes)})` : sql``;
    const ranked = await sql<{ rid: number }>`
      SELECT rid FROM (${postings}) ${langFilter} GROUP BY rid ORDER BY count(*) DESC, rid LIMIT ${limit}`.execute(db);
    const best = ranked.rows.map((r) => r.rid);
    if (!best.length) return [];
    const rows = await sql<{ rid: number; unit_id: number; corpus: string; lang: string; text: string }>`
      SELECT r.value AS rid, u.id AS unit_id, c.name AS corpus, l.lang, v.text
      FROM json_each(${JSON.stringify(best)}) r
      JOIN units u ON u.id = r.value / ${sql.lit(LANG_SLOTS)}
      JOIN search_langs l ON l.code = r.value % ${sql.lit(LANG_SLOTS)}
      JOIN variants v ON v.unit_id = u.id AND v.lang = l.lang
      JOIN corpora c ON c.id = u.corpus_id
      WHERE ${filters(plan, undefined, sql`r.value`)}`.execute(db);
    const rank = new Map(best.map((rid, i) => [rid, i]));
    return rows.rows
      .sort((a, b) => rank.get(a.rid)! - rank.get(b.rid)!)
      .slice(0, limit)
      .map((r) => ({ unitId: String(r.unit_id), corpus: r.corpus, lang: r.lang, text: r.text }));
  }

  return { page, count, similar };
}
