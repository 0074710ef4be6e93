/**
 * Search indexes over variant text, for the concordance and TM look-up.
 *
 * SQLite: two contentless FTS5 tables keyed by `unit_id * 1024 + lang code`
 * (`search_langs` numbers the tags): `search_trgm` (trigram tokenizer: any
 * substring of three or more characters, any script) and `search_cjk` (CJK
 * characters as single tokens, for one- and two-character Chinese, Japanese
 * and Korean queries, which trigrams cannot serve). The import writes both in
 * its transaction (dialects/sqlite/sqlite-search-index.ts, through Tx.writeUnits); this migration
 * fills them for variants already stored.
 *
 * PostgreSQL: a pg_trgm GIN index on variants.text, and a GIN index on the
 * CJK unigrams and bigrams of the text (`silkloom_cjk_grams`); both are kept up
 * to date by PostgreSQL itself. pg_trgm is created once per database (in the
 * schema it already lives in, if any), under an advisory lock so concurrent
 * stores in other schemas do not race.
 */
import { sql } from 'kysely';
import type { Tx } from '../engine.ts';
import { CJK_RANGES } from '../search/cjk.ts';
import type { Migration } from './migration.ts';

const SQLITE_DDL = `
CREATE TABLE search_langs (code INTEGER PRIMARY KEY, lang TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_trgm USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail=full);
CREATE VIRTUAL TABLE search_cjk USING fts5(text, content='', contentless_delete=1, tokenize='unicode61', detail=full);
CREATE VIRTUAL TABLE search_trgm_vocab USING fts5vocab(search_trgm, 'row');
`;

async function sqliteUp(tx: Tx): Promise<void> {
  await tx.exec(SQLITE_DDL);
  let after = { unit: 0, lang: '' };
  for (;;) {
    const rows = await tx.db
      .selectFrom('variants')
      .select(['unit_id', 'lang', 'text'])
      .where((eb) => eb.or([eb('unit_id', '>', after.unit), eb.and([eb('unit_id', '=', after.unit), eb('lang', '>', after.lang)])]))
      .orderBy('unit_id')
      .orderBy('lang')
      .limit(5000)
      .execute();
    if (!rows.length) return;
    await tx.indexVariants(rows);
    const last = rows[rows.length - 1]!;
    after = { unit: last.unit_id, lang: last.lang };
  }
}

function pgClass(): string {
  const hex = (cp: number) => (cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`);
  return `[${CJK_RANGES.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('')}]`;
}

async function postgresUp(tx: Tx): Promise<void> {
  await tx.exec("SELECT pg_advisory_xact_lock(hashtext('silkloom.pg_trgm'))");
  await tx.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  const { rows } = await sql<{ schema: string }>`
    SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`.execute(tx.db);
  const ext = rows[0]!.schema.replace(/"/g, '""');
  const cls = pgClass();
  await tx.exec(`
CREATE FUNCTION silkloom_cjk_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) AS i WHERE substr(t, i, 1) ~ '${cls}'
    UNION ALL
    SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i WHERE substr(t, i, 2) ~ '^${cls}${cls}$'
  ) s
$f$;
CREATE INDEX variants_text_trgm ON variants USING gin (text "${ext}".gin_trgm_ops);
CREATE INDEX variants_cjk_grams ON variants USING gin (silkloom_cjk_grams(text));
ALTER TABLE variants ALTER COLUMN text SET STATISTICS 1000;
`);
}

export const search: Migration = { id: '0101_search', up: { sqlite: sqliteUp, postgres: postgresUp } };
