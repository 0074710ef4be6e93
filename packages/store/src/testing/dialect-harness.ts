/**
 * The store test suite runs every test file against both dialects: a fresh
 * SQLite file in a temp folder, and PostgreSQL in a fresh random schema that is
 * dropped afterwards. PostgreSQL comes from SILKLOOM_TEST_PG (the test runner
 * sets the local server's URL); when it is unreachable the PostgreSQL tests FAIL
 * — they are skipped only when SILKLOOM_TEST_PG=off.
 *
 * `raw` is a separate driver connection for what a test must do behind the
 * store's back: snapshot every table, or tamper with the audit log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from '../open-store.ts';
import type { StoreDialect, StoreLocation } from '../types.ts';

export interface RawAccess {
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  tables(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Harness {
  dialect: StoreDialect;
  location: StoreLocation;
  store: Store;
  raw: RawAccess;
}

const PG_URL = process.env.SILKLOOM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

interface DialectSetup {
  dialect: StoreDialect;
  skip: boolean;
  create(): Promise<{ location: StoreLocation; raw: RawAccess; dispose(): Promise<void> }>;
}

const sqliteSetup: DialectSetup = {
  dialect: 'sqlite',
  skip: false,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'silkloom-store-'));
    const path = join(dir, 'test.db');
    let db: Database.Database | undefined;
    const open = () => (db ??= new Database(path));
    const raw: RawAccess = {
      async query(sqlText, params = []) {
        const statement = open().prepare(sqlText);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as never;
      },
      async tables() {
        return open()
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
          .pluck()
          .all() as string[];
      },
      async close() {
        db?.close();
      },
    };
    return {
      location: { kind: 'sqlite', path },
      raw,
      async dispose() {
        await raw.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgresSetup: DialectSetup = {
  dialect: 'postgres',
  skip: PG_URL === 'off',
  async create() {
    const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const pool = new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${schema}`, max: 2 });
    const raw: RawAccess = {
      async query(sqlText, params = []) {
        return (await pool.query(sqlText, params)).rows;
      },
      async tables() {
        const result = await pool.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1",
          [schema],
        );
        return result.rows.map((r: { name: string }) => r.name);
      },
      async close() {
        await pool.end();
      },
    };
    return {
      location: { kind: 'postgres', url: PG_URL, schema },
      raw,
      async dispose() {
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await raw.close();
      },
    };
  },
};

export const DIALECT_SETUPS: readonly DialectSetup[] = [sqliteSetup, postgresSetup];

/**
 * Declares `title` once per dialect. `body` receives a getter for the harness,
 * which is opened before the first test of the dialect and closed after the last.
 */
export function describeEachDialect(title: string, body: (harness: () => Harness) => void): void {
  for (const setup of DIALECT_SETUPS) {
    describe(`${title} [${setup.dialect}]`, { skip: setup.skip && 'SILKLOOM_TEST_PG=off' }, () => {
      let harness: Harness | undefined;
      let dispose: (() => Promise<void>) | undefined;
      before(async () => {
        const made = await setup.create();
        dispose = made.dispose;
        harness = { dialect: setup.dialect, location: made.location, raw: made.raw, store: await openStore(made.location) };
      });
      after(async () => {
        await harness?.store.close();
        await dispose?.();
      });
      body(() => {
        if (!harness) throw new Error('the store under test did not open (see the before hook error)');
        return harness;
      });
    });
  }
}

/** Every row of every table, each table sorted, for before/after comparisons. */
export async function snapshot(raw: RawAccess): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await raw.tables()) {
    const rows = await raw.query(`SELECT * FROM ${table}`);
    out[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}
