/**
 * PostgreSQL through pg's pool. Optional `schema` isolates a store in its own
 * schema (created when missing; every pooled connection starts with that
 * search_path), which is how the test suite runs each run in a fresh schema.
 * int8 is parsed to a JS number and json/jsonb are left as text, so rows look
 * the same as SQLite's.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Engine } from '../../engine.ts';
import { storeError } from '../../errors.ts';
import { inTransactionScope } from '../../transaction-scope.ts';
import type { DB } from '../../schema.ts';
import { postgresTx } from './postgres-tx.ts';

const INT8 = 20;
const JSON_OID = 114;
const JSONB = 3802;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === JSON_OID || oid === JSONB) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Lower-case identifiers only: search_path folds unquoted names, and this keeps the name safe to splice. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresEngine(url: string, schema?: string): Promise<Engine> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw storeError('SLM_STORE_LOCATION_INVALID', { problem: `schema "${schema}" must match ${SCHEMA_NAME}` });
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: types as never,
    max: 8,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server (restart) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    else await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    const where = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
    throw storeError(
      'SLM_STORE_CONNECT_FAILED',
      { dialect: 'postgres', where, problem: (err as Error).message || String(err) },
      { cause: err },
    );
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    sql: {
      jsonArrayContains: (column, value) => sql<boolean>`${sql.ref(column)} @> jsonb_build_array(${value}::text)`,
      jsonArrayElements: (column, alias) =>
        sql`jsonb_array_elements_text(${sql.ref(column)}) as ${sql.id(alias)}(value)`,
    },
    transaction(fn) {
      return inTransactionScope(pool, async () => {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          const result = await fn(postgresTx(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          throw err;
        } finally {
          client.release(broken);
        }
      });
    },
    isUniqueViolation: (err) => (err as { code?: unknown })?.code === '23505',
    async close() {
      // Kysely only ends a pool it has used itself; transactions took clients straight from the pool.
      await db.destroy();
      if (!pool.ending) await pool.end();
    },
  };
}
