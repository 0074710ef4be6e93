/**
 * 0103: PostgreSQL keeps the CJK unigrams/bigrams of each variant in a column
 * written by the import (search/cjk.ts `cjkGramsLiteral`) instead of an
 * expression index over `silkloom_cjk_grams(text)`, whose SQL evaluation made
 * imports ~10× slower. A trigger fills the column for rows written without it
 * (an UPDATE of the text, or SQL from outside the store). SQLite's FTS5
 * tables get a larger in-memory buffer (hashsize 16 MB, default 1 MB), so a
 * big import flushes fewer, larger segments (~1.6× faster inserts, measured).
 */
import type { Tx } from '../engine.ts';
import type { Migration } from './migration.ts';

async function sqliteUp(tx: Tx): Promise<void> {
  await tx.exec(`
INSERT INTO search_trgm (search_trgm, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_cjk (search_cjk, rank) VALUES ('hashsize', 16777216);
`);
}

async function postgresUp(tx: Tx): Promise<void> {
  // '{}' (not NULL) means "computed, no CJK", so only rows written without the column pay for the SQL function.
  await tx.exec(`
ALTER TABLE variants ADD COLUMN cjk_grams text[];
UPDATE variants SET cjk_grams = silkloom_cjk_grams(text);
DROP INDEX variants_cjk_grams;
CREATE INDEX variants_cjk_grams ON variants USING gin (cjk_grams) WITH (gin_pending_list_limit = 256);
CREATE FUNCTION silkloom_fill_cjk_grams() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  NEW.cjk_grams := silkloom_cjk_grams(NEW.text);
  RETURN NEW;
END $f$;
CREATE TRIGGER variants_cjk_grams_insert BEFORE INSERT ON variants
  FOR EACH ROW WHEN (NEW.cjk_grams IS NULL) EXECUTE FUNCTION silkloom_fill_cjk_grams();
CREATE TRIGGER variants_cjk_grams_update BEFORE UPDATE OF text ON variants
  FOR EACH ROW WHEN (NEW.text IS DISTINCT FROM OLD.text) EXECUTE FUNCTION silkloom_fill_cjk_grams();
`);
}

export const pgCjkColumn: Migration = { id: '0103_pg_cjk_column', up: { sqlite: sqliteUp, postgres: postgresUp } };
