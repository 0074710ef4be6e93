/**
 * SQLite through better-sqlite3: one file in WAL mode (readers do not block the
 * writer), `synchronous=NORMAL` (durable at checkpoints, safe against
 * corruption), foreign keys on. Writes go through one connection inside
 * `BEGIN IMMEDIATE` transactions, so the write lock is taken up front and two
 * processes wait for each other (busy_timeout) instead of failing half-way;
 * reads outside transactions use a second, read-only connection and see the
 * last committed state while an import is running.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Engine, Tx, UnitUpdateColumn, UnitUpdateRow } from '../../engine.ts';
import { storeError } from '../../errors.ts';
import { inTransactionScope } from '../../transaction-scope.ts';
import type { DB, UnitsTable, VariantsTable } from '../../schema.ts';
import { UNIT_COLUMNS, VARIANT_COLUMNS } from '../columns.ts';
import { MultiRowInsert } from './multi-row-insert.ts';
import { SqliteSearchIndexer } from './sqlite-search-index.ts';

const BUSY_TIMEOUT_MS = 10_000;

function connect(path: string, readonly: boolean): Database.Database {
  try {
    const db = new Database(path, { readonly, fileMustExist: readonly });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // A large import grows the WAL to its size; give the space back after the checkpoint.
      db.pragma('journal_size_limit = 67108864');
    }
    return db;
  } catch (err) {
    throw storeError(
      'SLM_STORE_CONNECT_FAILED',
      { dialect: 'sqlite', where: path, problem: (err as Error).message },
      { cause: err },
    );
  }
}

function sqliteTx(raw: Database.Database, db: Kysely<DB>): Tx {
  // Statements are prepared lazily, once per engine (better-sqlite3 caches nothing itself).
  const unitInsert = new MultiRowInsert<UnitsTable>(raw, 'units', UNIT_COLUMNS, 64);
  const variantInsert = new MultiRowInsert<VariantsTable>(raw, 'variants', VARIANT_COLUMNS, 128);
  const searchIndex = new SqliteSearchIndexer(raw);
  let maxUnitId: Database.Statement | undefined;
  return {
    db,
    async exec(sqlText) {
      raw.exec(sqlText);
    },
    // BEGIN IMMEDIATE already made this connection the only writer.
    async lock() {},
    async reserveUnitIds(count) {
      // Only this transaction writes, so the ids after the current maximum are free.
      maxUnitId ??= raw.prepare('SELECT coalesce(max(id), 0) AS id FROM units').pluck();
      const first = (maxUnitId.get() as number) + 1;
      return Array.from({ length: count }, (_, i) => first + i);
    },
    async writeUnits(units, variants) {
      unitInsert.insert(units);
      variantInsert.insert(variants);
      searchIndex.index(variants);
    },
    async indexVariants(variants) {
      searchIndex.index(variants);
    },
    // SQLite's planner picks the indexes here without statistics.
    async refreshStatistics() {},
    async updateUnits(columns: readonly UnitUpdateColumn[], rows: readonly UnitUpdateRow[], now: string) {
      const set = columns.map((c) => `${c} = ?`).join(', ');
      const update = raw.prepare(`UPDATE units SET ${set}, updated_at = ? WHERE id = ?`);
      let changed = 0;
      for (const row of rows) changed += update.run(...row.values, now, row.id).changes;
      return changed;
    },
  };
}

export async function openSqliteEngine(path: string): Promise<Engine> {
  const raw = connect(path, false);
  const writer = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
  const inMemory = path === ':memory:' || path === '';
  const readerRaw = inMemory ? undefined : connect(path, true);
  const reader = readerRaw ? new Kysely<DB>({ dialect: new SqliteDialect({ database: readerRaw }) }) : writer;
  let tx: Tx | undefined;
  return {
    dialect: 'sqlite',
    db: reader,
    sql: {
      jsonArrayContains: (column, value) =>
        sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}) where json_each.value = ${value})`,
      jsonArrayElements: (column, alias) => sql`json_each(${sql.ref(column)}) as ${sql.id(alias)}`,
    },
    transaction(fn) {
      // connection() holds Kysely's lock on the single writer connection for the whole transaction.
      return inTransactionScope(raw, () =>
        writer.connection().execute(async (conn) => {
          try {
            raw.exec('BEGIN IMMEDIATE');
          } catch (err) {
            if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
            throw storeError('SLM_STORE_BUSY', { where: path, seconds: BUSY_TIMEOUT_MS / 1000 }, { cause: err });
          }
          try {
            tx ??= sqliteTx(raw, writer);
            const result = await fn({ ...tx, db: conn });
            raw.exec('COMMIT');
            return result;
          } catch (err) {
            if (raw.inTransaction) raw.exec('ROLLBACK');
            throw err;
          }
        }),
      );
    },
    isUniqueViolation: (err) =>
      typeof (err as { code?: unknown })?.code === 'string' &&
      /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((err as { code: string }).code),
    async close() {
      // Kysely closes a database only when it has run a query on it; close both connections regardless.
      if (reader !== writer) await reader.destroy();
      await writer.destroy();
      if (readerRaw?.open) readerRaw.close();
      if (raw.open) raw.close();
    },
  };
}
