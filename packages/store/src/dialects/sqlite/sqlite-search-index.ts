/**
 * Writes variants into SQLite's search indexes (migration 0101): the trigram
 * FTS5 table for every variant, the CJK single-character table for variants
 * with CJK text. The FTS rowid is `unit_id * 1024 + code`, where `code`
 * numbers the language tag in `search_langs`, so a hit names its unit and
 * language without a lookup table per variant.
 */
import type Database from 'better-sqlite3';
import { cjkSpaced } from '../../search/cjk.ts';

export const LANG_SLOTS = 1024;

export interface IndexedVariant {
  unit_id: number;
  lang: string;
  text: string;
}

export class SqliteSearchIndexer {
  readonly #raw: Database.Database;
  #statements?: { code: Database.Statement; addLang: Database.Statement; trgm: Database.Statement; cjk: Database.Statement };

  constructor(raw: Database.Database) {
    this.#raw = raw;
  }

  #prepared() {
    this.#statements ??= {
      code: this.#raw.prepare('SELECT code FROM search_langs WHERE lang = ?').pluck(),
      addLang: this.#raw.prepare('INSERT INTO search_langs (code, lang) VALUES ((SELECT coalesce(max(code), 0) + 1 FROM search_langs), ?) RETURNING code').pluck(),
      trgm: this.#raw.prepare('INSERT INTO search_trgm (rowid, text) VALUES (?, ?)'),
      cjk: this.#raw.prepare('INSERT INTO search_cjk (rowid, text) VALUES (?, ?)'),
    };
    return this.#statements;
  }

  /** Indexes the variants (inside the caller's transaction). */
  index(variants: readonly IndexedVariant[]): void {
    if (!variants.length) return;
    const s = this.#prepared();
    // Codes are looked up per call, not cached: a rolled-back import may have added a code that no longer exists.
    const codes = new Map<string, number>();
    for (const v of variants) {
      let code = codes.get(v.lang);
      if (code === undefined) {
        code = (s.code.get(v.lang) as number | undefined) ?? (s.addLang.get(v.lang) as number);
        if (code >= LANG_SLOTS) throw new Error(`more than ${LANG_SLOTS - 1} language tags in one store`);
        codes.set(v.lang, code);
      }
      const rowid = v.unit_id * LANG_SLOTS + code;
      s.trgm.run(rowid, v.text);
      const spaced = cjkSpaced(v.text);
      if (spaced !== undefined) s.cjk.run(rowid, spaced);
    }
  }
}
