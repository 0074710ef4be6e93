/**
 * 0104: PostgreSQL moves the CJK grams of 0103 out of `variants` into their own
 * narrow table, `variant_cjk_grams`, holding a row only for variants that have
 * CJK characters. In `variants` the grams made the average row ~470 bytes
 * instead of ~170, and every search that reads the variants heap (the capped
 * count, the 1 % sample) got ~3× slower. The import still computes the grams
 * (search/cjk.ts) and COPYs them into this table, marking its transaction with
 * the setting `silkloom.cjk_grams_by_import` so that the trigger, which fills the
 * table for variants written any other way (an UPDATE of the text, SQL from
 * outside the store), skips its rows. Existing stores keep their old, wide
 * heap pages until `VACUUM FULL variants`. SQLite is unchanged.
 */
import type { Tx } from '../engine.ts';
import type { Migration } from './migration.ts';

/** SQLite's CJK index is an FTS5 table already. */
async function noChange(): Promise<void> {}

async function postgresUp(tx: Tx): Promise<void> {
  await tx.exec(`
CREATE TABLE variant_cjk_grams (
  unit_id bigint NOT NULL,
  lang text NOT NULL,
  grams text[] NOT NULL,
  PRIMARY KEY (unit_id, lang),
  FOREIGN KEY (unit_id, lang) REFERENCES variants (unit_id, lang) ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO variant_cjk_grams (unit_id, lang, grams)
  SELECT unit_id, lang, grams FROM (SELECT unit_id, lang, coalesce(cjk_grams, silkloom_cjk_grams(text)) AS grams FROM variants) v
  WHERE grams <> '{}';
CREATE INDEX variant_cjk_grams_grams ON variant_cjk_grams USING gin (grams) WITH (gin_pending_list_limit = 256);
DROP TRIGGER variants_cjk_grams_insert ON variants;
DROP TRIGGER variants_cjk_grams_update ON variants;
DROP FUNCTION silkloom_fill_cjk_grams();
ALTER TABLE variants DROP COLUMN cjk_grams;
CREATE FUNCTION silkloom_store_cjk_grams() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  grams text[] := silkloom_cjk_grams(NEW.text);
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM variant_cjk_grams WHERE unit_id = NEW.unit_id AND lang = NEW.lang;
  END IF;
  IF grams <> '{}' THEN
    INSERT INTO variant_cjk_grams (unit_id, lang, grams) VALUES (NEW.unit_id, NEW.lang, grams);
  END IF;
  RETURN NULL;
END $f$;
-- AFTER, not BEFORE: a BEFORE row trigger turns off COPY's batched inserts even when its WHEN is false.
CREATE TRIGGER variants_cjk_grams_insert AFTER INSERT ON variants
  FOR EACH ROW WHEN (current_setting('silkloom.cjk_grams_by_import', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION silkloom_store_cjk_grams();
CREATE TRIGGER variants_cjk_grams_update AFTER UPDATE OF text ON variants
  FOR EACH ROW WHEN (NEW.text IS DISTINCT FROM OLD.text) EXECUTE FUNCTION silkloom_store_cjk_grams();
`);
}

export const pgCjkTable: Migration = { id: '0104_pg_cjk_table', up: { sqlite: noChange, postgres: postgresUp } };
