/**
 * `@silkloom/store/testing`: throw-away stores for other packages' tests (CLI,
 * server, e2e). Each gets a fresh SQLite file in a temp folder, or a fresh
 * PostgreSQL schema in the test database (SILKLOOM_TEST_PG, default the local
 * server), removed by `dispose()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { StoreDialect, StoreLocation } from '../types.ts';

export const TEST_PG_URL = process.env.SILKLOOM_TEST_PG && process.env.SILKLOOM_TEST_PG !== 'off'
  ? process.env.SILKLOOM_TEST_PG
  : 'postgres://postgres@127.0.0.1:5432/test';

/** The dialects tests should cover: both, unless SILKLOOM_TEST_PG=off. */
export function testDialects(): StoreDialect[] {
  return process.env.SILKLOOM_TEST_PG === 'off' ? ['sqlite'] : ['sqlite', 'postgres'];
}

export interface TestLocation {
  dialect: StoreDialect;
  location: StoreLocation;
  /** The same location as CLI arguments (`--db PATH` or `--database-url URL?schema=S`). */
  cliArgs: string[];
  /** A scratch folder that is removed with the store. */
  dir: string;
  dispose(): Promise<void>;
}

export async function freshTestLocation(dialect: StoreDialect): Promise<TestLocation> {
  const dir = mkdtempSync(join(tmpdir(), `silkloom-${dialect}-`));
  if (dialect === 'sqlite') {
    const path = join(dir, 'store.db');
    return { dialect, location: { kind: 'sqlite', path }, cliArgs: ['--db', path], dir, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  return {
    dialect,
    location: { kind: 'postgres', url: TEST_PG_URL, schema },
    cliArgs: ['--database-url', `${TEST_PG_URL}?schema=${schema}`],
    dir,
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Runs SQL behind the store's back — for tests that must tamper with stored
 * rows (the audit log) to prove they are caught. Placeholders: `?` on SQLite,
 * `$1…` on PostgreSQL.
 */
export async function rawSql(location: StoreLocation, sqlText: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (location.kind === 'sqlite') {
    const db = new Database(location.path);
    try {
      const stmt = db.prepare(sqlText);
      return stmt.reader ? (stmt.all(...params) as Record<string, unknown>[]) : (stmt.run(...params), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    if (location.schema) await client.query(`SET search_path TO "${location.schema}"`);
    return (await client.query(sqlText, params)).rows;
  } finally {
    await client.end();
  }
}
