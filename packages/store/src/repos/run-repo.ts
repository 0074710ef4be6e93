/**
 * Pipeline runs (clean, scan, align …): their configuration and manifest when
 * they start, stats and report when they end. Starting and finishing a run are
 * audited, so the log shows every run that touched a corpus.
 */
import type { JsonValue } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, jsonColumn, nowIso, optional, parseJsonColumn, requireRunId } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption, PipelineRun, RunInput, RunOutcome } from '../types.ts';
import { appendAudit } from './audit-repo.ts';
import { corpusIdOf } from './corpus-repo.ts';

export interface RunRepo {
  /** Records a run as `running`; writes a `run.start` audit entry. */
  create(input: RunInput, options?: ActorOption): Promise<PipelineRun>;
  /** Records the outcome; writes a `run.finish` audit entry. */
  finish(runId: string, outcome: RunOutcome, options?: ActorOption): Promise<PipelineRun>;
  /** One run, or SLM_STORE_RUN_NOT_FOUND. */
  get(runId: string): Promise<PipelineRun>;
  /** Runs of a corpus (or all runs), newest first. */
  list(corpus?: string): Promise<PipelineRun[]>;
}

function selectRun(db: Kysely<DB>) {
  return db.selectFrom('pipeline_runs as r').leftJoin('corpora as c', 'c.id', 'r.corpus_id').selectAll('r').select('c.name as corpus');
}

type RunRow = Awaited<ReturnType<ReturnType<typeof selectRun>['executeTakeFirstOrThrow']>>;

function toRun(row: RunRow): PipelineRun {
  return definedOnly({
    runId: idText(row.id),
    corpus: optional(row.corpus),
    kind: row.kind,
    status: row.status as PipelineRun['status'],
    config: JSON.parse(row.config) as JsonValue,
    manifest: JSON.parse(row.manifest) as JsonValue,
    stats: parseJsonColumn<JsonValue>(row.stats),
    report: parseJsonColumn<JsonValue>(row.report),
    startedAt: row.started_at,
    finishedAt: optional(row.finished_at),
  });
}

async function runIn(db: Kysely<DB>, runId: string): Promise<PipelineRun> {
  const row = await selectRun(db).where('r.id', '=', requireRunId(runId)).executeTakeFirst();
  if (!row) throw storeError('SLM_STORE_RUN_NOT_FOUND', { runId });
  return toRun(row);
}

export function runRepo(engine: Engine): RunRepo {
  return {
    create: (input, options = {}) =>
      guard('record a pipeline run', () =>
        engine.transaction(async (tx) => {
          const corpusId = input.corpus === undefined ? null : await corpusIdOf(tx.db, input.corpus);
          const { id } = await tx.db
            .insertInto('pipeline_runs')
            .values({
              corpus_id: corpusId,
              kind: input.kind,
              status: 'running',
              config: JSON.stringify(input.config),
              manifest: JSON.stringify(input.manifest),
              started_at: nowIso(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const subject = input.corpus === undefined ? undefined : `corpus:${input.corpus}`;
          await appendAudit(tx, { action: 'run.start', actor: options.actor, subject, details: { runId: idText(id), kind: input.kind, manifest: input.manifest } });
          return runIn(tx.db, idText(id));
        }),
      ),
    finish: (runId, outcome, options = {}) =>
      guard('record the end of a pipeline run', () =>
        engine.transaction(async (tx) => {
          const run = await runIn(tx.db, runId);
          const status = outcome.status ?? 'finished';
          await tx.db
            .updateTable('pipeline_runs')
            .set({ status, stats: JSON.stringify(outcome.stats), report: jsonColumn(outcome.report), finished_at: nowIso() })
            .where('id', '=', requireRunId(runId))
            .execute();
          const subject = run.corpus === undefined ? undefined : `corpus:${run.corpus}`;
          await appendAudit(tx, { action: 'run.finish', actor: options.actor, subject, details: { runId, kind: run.kind, status, stats: outcome.stats } });
          return runIn(tx.db, runId);
        }),
      ),
    get: (runId) => guard('read a pipeline run', () => runIn(engine.db, runId)),
    list: (corpus) =>
      guard('list pipeline runs', async () => {
        let query = selectRun(engine.db).orderBy('r.id', 'desc');
        if (corpus !== undefined) query = query.where('r.corpus_id', '=', await corpusIdOf(engine.db, corpus));
        return (await query.execute()).map(toRun);
      }),
  };
}
