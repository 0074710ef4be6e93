/**
 * A write transaction on one pooled PostgreSQL client: Kysely bound to that
 * client (so shared query code runs inside the transaction), COPY FROM STDIN for
 * the import hot path, `unnest` for bulk updates, and explicit table or advisory
 * locks.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx, UnitUpdateColumn, UnitUpdateRow } from '../../engine.ts';
import type { DB } from '../../schema.ts';
import { UNIT_COLUMNS, VARIANT_COLUMNS } from '../columns.ts';
import { cjkGramsLiteral } from '../../search/cjk.ts';
import { copyRows } from './copy-text.ts';

/** The CJK grams of variants (migration 0104), computed here rather than in SQL and written beside them. */
const GRAM_COLUMNS = ['unit_id', 'lang', 'grams'] as const;

/** Column casts for unnest() updates: the JSON columns are jsonb on PostgreSQL. */
const UPDATE_CASTS: Record<UnitUpdateColumn, string> = { status: '', reject_reasons: '::jsonb', domains: '::jsonb' };

/** A Kysely instance that runs every query on one client (Kysely's pool interface, pinned). */
function kyselyOn(client: pg.PoolClient): Kysely<DB> {
  const pinned = { query: client.query.bind(client), release() {} };
  const pool = { connect: async () => pinned, end: async () => {} };
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
}

async function copyIn(client: pg.PoolClient, statement: string, data: string): Promise<void> {
  const stream = client.query(copyFrom(statement));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(data, 'utf8');
  });
}

export function postgresTx(client: pg.PoolClient): Tx {
  return {
    db: kyselyOn(client),
    async exec(sqlText) {
      await client.query(sqlText);
    },
    async lock(name) {
      if (name === 'audit') {
        // Conflicts with itself, not with readers: appends queue up, reads go on.
        await client.query('LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE');
      } else {
        await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.silkloom_migrations'))");
      }
    },
    async reserveUnitIds(count) {
      const result = await client.query<{ id: number }>(
        "SELECT nextval('units_id_seq') AS id FROM generate_series(1, $1::int) ORDER BY 1",
        [count],
      );
      return result.rows.map((r) => r.id);
    },
    async writeUnits(units, variants) {
      if (units.length) await copyIn(client, `COPY units (${UNIT_COLUMNS.join(',')}) FROM STDIN`, copyRows(units, UNIT_COLUMNS));
      if (variants.length) {
        // The setting tells the grams trigger that these rows' grams come from here.
        await client.query("SELECT set_config('silkloom.cjk_grams_by_import', 'on', true)");
        await copyIn(client, `COPY variants (${VARIANT_COLUMNS.join(',')}) FROM STDIN`, copyRows(variants, VARIANT_COLUMNS));
        await client.query("SELECT set_config('silkloom.cjk_grams_by_import', 'off', true)");
        const grams = variants.map((v) => ({ unit_id: v.unit_id, lang: v.lang, grams: cjkGramsLiteral(v.text) })).filter((g) => g.grams !== '{}');
        if (grams.length) await copyIn(client, `COPY variant_cjk_grams (${GRAM_COLUMNS.join(',')}) FROM STDIN`, copyRows(grams, GRAM_COLUMNS));
      }
    },
    // The GIN indexes on variants.text and variant_cjk_grams keep themselves up to date.
    async indexVariants() {},
    async refreshStatistics(addedUnits) {
      // Without statistics (a fresh table) the planner reads variants by sequential scan for every page
      // of a stream. Autovacuum analyzes only later, so analyze now when the batch grew units by more
      // than a tenth, as autovacuum's own threshold would; ANALYZE counts this transaction's rows.
      const { rows } = await client.query<{ tuples: number }>("SELECT reltuples::float8 AS tuples FROM pg_class WHERE oid = 'units'::regclass");
      const known = rows[0]?.tuples ?? -1;
      if (addedUnits >= 1000 && (known < 0 || addedUnits > known / 10)) {
        await client.query('ANALYZE units, variants, variant_cjk_grams');
        // Merge the search indexes' GIN pending lists, which every search would otherwise read linearly.
        await client.query("SELECT gin_clean_pending_list(i::regclass) FROM unnest(ARRAY['variants_text_trgm', 'variant_cjk_grams_grams']) AS i WHERE to_regclass(i) IS NOT NULL");
      }
    },
    async updateUnits(columns: readonly UnitUpdateColumn[], rows: readonly UnitUpdateRow[], now: string) {
      if (!rows.length) return 0;
      const arrays: unknown[] = [rows.map((r) => r.id), ...columns.map((_, i) => rows.map((r) => r.values[i]))];
      const unnest = ['$1::bigint[]', ...columns.map((_, i) => `$${i + 2}::text[]`)].join(', ');
      const set = columns.map((c) => `${c} = d.${c}${UPDATE_CASTS[c]}`).join(', ');
      const result = await client.query(
        `UPDATE units AS u SET ${set}, updated_at = $${columns.length + 2}
         FROM unnest(${unnest}) AS d(id, ${columns.join(', ')}) WHERE u.id = d.id`,
        [...arrays, now],
      );
      return result.rowCount ?? 0;
    },
  };
}
