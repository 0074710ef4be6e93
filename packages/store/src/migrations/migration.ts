/**
 * Schema migrations: an ordered list of `{id, up: {sqlite, postgres}}`, each
 * step either SQL text (several statements allowed) or a function given the
 * transaction. Applied ids are recorded in `silkloom_migrations`. Each pending
 * migration runs in its own transaction together with its record, so a failure
 * leaves the schema exactly as before that migration (PostgreSQL and SQLite both
 * have transactional DDL) and throws SLM_STORE_MIGRATION_FAILED naming it.
 *
 * To add one: write `NNNN-what.ts` beside 0001-init.ts exporting a Migration
 * with id `NNNN_what`, and append it to MIGRATIONS in index.ts. Never edit or
 * reorder a migration that has shipped.
 */
import type { Engine, Tx } from '../engine.ts';
import { storeError } from '../errors.ts';

export type MigrationStep = string | ((tx: Tx) => Promise<void>);

export interface Migration {
  /** `NNNN_snake_case`, ordered by NNNN. */
  id: string;
  up: { sqlite: MigrationStep; postgres: MigrationStep };
}

const LEDGER = 'CREATE TABLE IF NOT EXISTS silkloom_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';

/** Applies the pending migrations in order; returns the ids applied now. Safe to call concurrently. */
export async function runMigrations(engine: Engine, migrations: readonly Migration[]): Promise<string[]> {
  const known = new Set(migrations.map((m) => m.id));
  if (known.size !== migrations.length) throw new Error('duplicate migration id');
  await engine.transaction(async (tx) => {
    await tx.lock('migrations');
    await tx.exec(LEDGER);
  });
  const appliedNow: string[] = [];
  for (const migration of migrations) {
    const ran = await engine.transaction(async (tx) => {
      await tx.lock('migrations');
      const done = await tx.db.selectFrom('silkloom_migrations').select('id').execute();
      const unknown = done.find((row) => !known.has(row.id));
      if (unknown) throw storeError('SLM_STORE_SCHEMA_TOO_NEW', { id: unknown.id });
      if (done.some((row) => row.id === migration.id)) return false;
      const step = migration.up[engine.dialect];
      try {
        if (typeof step === 'string') await tx.exec(step);
        else await step(tx);
      } catch (err) {
        throw storeError(
          'SLM_STORE_MIGRATION_FAILED',
          { id: migration.id, dialect: engine.dialect, problem: (err as Error).message },
          { cause: err },
        );
      }
      await tx.db.insertInto('silkloom_migrations').values({ id: migration.id, applied_at: new Date().toISOString() }).execute();
      return true;
    });
    if (ran) appliedNow.push(migration.id);
  }
  return appliedNow;
}

