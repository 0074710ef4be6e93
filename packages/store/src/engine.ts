/**
 * The seam between the shared repositories and a dialect. Repositories write
 * their queries once, with Kysely, against `Engine.db` (reads) or `Tx.db`
 * (inside a transaction); what differs per dialect — transactions and locking,
 * the bulk-write hot path, JSON functions — sits behind this interface in
 * `dialects/sqlite/` and `dialects/postgres/`.
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { DB, UnitsTable, VariantsTable } from './schema.ts';
import type { StoreDialect } from './types.ts';

/** Unit columns that bulk updates may set (see {@link Tx.updateUnits}). */
export type UnitUpdateColumn = 'status' | 'reject_reasons' | 'domains';

export interface UnitUpdateRow {
  id: number;
  /** One value per column, in the order of the columns given. */
  values: Array<string | null>;
}

/** Named locks taken inside a transaction, released at commit or rollback. */
export type TxLock = 'audit' | 'migrations';

/** A write transaction. Everything done through it commits or rolls back together. */
export interface Tx {
  /** Kysely bound to this transaction's connection. */
  readonly db: Kysely<DB>;
  /** Runs SQL text that may hold several statements (migrations). */
  exec(sqlText: string): Promise<void>;
  /** Serialises writers on a named resource until the transaction ends. */
  lock(name: TxLock): Promise<void>;
  /** Returns `count` fresh unit ids, ascending. */
  reserveUnitIds(count: number): Promise<number[]>;
  /** The import hot path: many units and their variants at once (prepared multi-row inserts / COPY); also indexes them for search. */
  writeUnits(units: UnitsTable[], variants: VariantsTable[]): Promise<void>;
  /** Adds variants already stored to the search indexes where the dialect keeps them itself (SQLite FTS5; a no-op on PostgreSQL). */
  indexVariants(variants: ReadonlyArray<Pick<VariantsTable, 'unit_id' | 'lang' | 'text'>>): Promise<void>;
  /**
   * Called once an import has written `addedUnits`: refreshes planner statistics
   * when the batch is large next to what the planner last knew of the tables.
   */
  refreshStatistics(addedUnits: number): Promise<void>;
  /** Sets columns of many units by id and stamps `updated_at`; returns how many rows changed. */
  updateUnits(columns: readonly UnitUpdateColumn[], rows: readonly UnitUpdateRow[], now: string): Promise<number>;
}

/** SQL fragments whose spelling differs per dialect. */
export interface DialectSql {
  /** True when the JSON array in `column` (e.g. `u.domains`) contains `value`. */
  jsonArrayContains(column: string, value: string): RawBuilder<boolean>;
  /** A FROM item expanding the JSON array in `column` into rows with one text column `value`, aliased `alias`. */
  jsonArrayElements(column: string, alias: string): RawBuilder<unknown>;
}

export interface Engine {
  readonly dialect: StoreDialect;
  /** For reads outside transactions (on SQLite a separate read-only connection, so reads go on during an import). */
  readonly db: Kysely<DB>;
  readonly sql: DialectSql;
  /** Runs `fn` in one write transaction; rolls back and rethrows the error unchanged when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** True when `err` is the driver's unique-constraint violation. */
  isUniqueViolation(err: unknown): boolean;
  close(): Promise<void>;
}
