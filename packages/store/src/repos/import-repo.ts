/**
 * Import batches. `run` is the one way units enter the store: the batch row, all
 * its units and variants, and its `import` audit entry are written in ONE
 * transaction, so a failed import (the reader throws half-way, a unit is
 * invalid, the connection drops) leaves the store exactly as it was.
 */
import { canonicalCountry, type Provenance } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard, passThrough } from '../guard.ts';
import { definedOnly, idText, jsonColumn, nowIso, optional, parseJsonColumn, requireBatchId } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption, BatchInput, ImportBatch, ImportResult, UnitSink } from '../types.ts';
import { appendAudit } from './audit-repo.ts';
import { batchProvenanceOf } from './batch-provenance.ts';
import { corpusIdOf } from './corpus-repo.ts';
import { BufferedUnitSink } from './unit-sink.ts';

export interface ImportRepo {
  /**
   * Imports one batch into `corpus`: `fill` receives a sink and adds the units
   * (await each `add`). Everything commits together when `fill` resolves; when
   * it throws, nothing of the batch remains and its error is rethrown unchanged.
   */
  run(
    corpus: string,
    batch: BatchInput,
    fill: (sink: UnitSink) => Promise<void>,
    options?: ImportRunOptions,
  ): Promise<ImportResult>;
  /** The latest batch of `corpus` with this file hash that is not withdrawn (to refuse re-imports). */
  findBySha(corpus: string, sha256: string): Promise<ImportBatch | undefined>;
  /** All batches of a corpus, oldest first, withdrawn ones included (see `withdrawnAt`). */
  list(corpus: string): Promise<ImportBatch[]>;
  /** One batch, or SLM_STORE_BATCH_NOT_FOUND. */
  get(batchId: string): Promise<ImportBatch>;
  /**
   * Withdraws a batch: it and its units stay stored but leave lists, counts,
   * exports and stats. Writes an `import.withdraw` audit entry; a second call
   * changes nothing.
   */
  withdraw(batchId: string, options?: ActorOption & { reason?: string }): Promise<ImportBatch>;
}

export interface ImportRunOptions extends ActorOption {
  /**
   * For a file streamed while it is imported (an upload), whose hash is known
   * only at its end: `batch.sourceSha256` may then be empty, and this is called
   * once `fill` has resolved; the batch and its audit entry get its value.
   */
  sha256AfterFill?: () => string;
}

/** The stand-in hash a streamed batch carries until `sha256AfterFill` gives the real one. */
const PENDING_SHA256 = '0'.repeat(64);

function selectBatch(db: Kysely<DB>) {
  return db.selectFrom('import_batches as b').innerJoin('corpora as c', 'c.id', 'b.corpus_id').selectAll('b').select('c.name as corpus');
}

type BatchRow = Awaited<ReturnType<ReturnType<typeof selectBatch>['executeTakeFirstOrThrow']>>;

function toBatch(row: BatchRow): ImportBatch {
  return definedOnly({
    batchId: idText(row.id),
    corpus: row.corpus,
    ...batchProvenanceOf(row),
    sourceFile: row.source_file,
    sourceSha256: row.source_sha256,
    format: row.format,
    domains: JSON.parse(row.domains) as string[],
    options: parseJsonColumn<ImportBatch['options']>(row.options),
    units: row.unit_count,
    variants: row.variant_count,
    createdAt: row.created_at,
    withdrawnAt: optional(row.withdrawn_at),
  });
}

function checkBatch(batch: BatchInput): BatchInput {
  const problem = !batch.sourceFile
    ? 'sourceFile is required'
    : !/^[0-9a-fA-F]{64}$/.test(batch.sourceSha256 ?? '')
      ? 'sourceSha256 must be 64 hex digits'
      : !batch.format
        ? 'format is required'
        : undefined;
  if (problem) throw storeError('SLM_STORE_UNIT_INVALID', { unit: '(batch)', problem }, { place: { file: batch.sourceFile } });
  return {
    ...batch,
    sourceSha256: batch.sourceSha256.toLowerCase(),
    originJurisdiction: batch.originJurisdiction === undefined ? undefined : canonicalCountry(batch.originJurisdiction),
  };
}

function batchProvenance(batch: BatchInput): Provenance {
  return definedOnly({
    sourceFile: batch.sourceFile,
    sourceSha256: batch.sourceSha256,
    contributor: batch.contributor,
    organisation: batch.organisation,
    originJurisdiction: batch.originJurisdiction,
    licence: batch.licence,
    consentBasis: batch.consentBasis,
    collectedAt: batch.collectedAt,
  });
}

export function importRepo(engine: Engine): ImportRepo {
  async function run(corpus: string, input: BatchInput, fill: (sink: UnitSink) => Promise<void>, options: ImportRunOptions = {}) {
    const streamed = options.sha256AfterFill !== undefined && !input.sourceSha256;
    const batch = checkBatch(streamed ? { ...input, sourceSha256: PENDING_SHA256 } : input);
    return engine.transaction(async (tx) => {
      const corpusId = await corpusIdOf(tx.db, corpus);
      const createdAt = nowIso();
      const { id: batchId } = await tx.db
        .insertInto('import_batches')
        .values({
          corpus_id: corpusId,
          source_file: batch.sourceFile,
          source_sha256: batch.sourceSha256,
          format: batch.format,
          contributor: batch.contributor ?? null,
          organisation: batch.organisation ?? null,
          origin_jurisdiction: batch.originJurisdiction ?? null,
          licence: batch.licence ?? null,
          consent_basis: batch.consentBasis ?? null,
          collected_at: batch.collectedAt ?? null,
          domains: JSON.stringify(batch.domains ?? []),
          options: jsonColumn(batch.options),
          created_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const sink = new BufferedUnitSink(tx, {
        corpusId,
        batchId,
        provenance: batchProvenance(batch),
        domains: batch.domains ?? [],
        createdAt,
      });
      try {
        await fill(sink);
      } catch (err) {
        await sink.abandon();
        throw passThrough(err);
      }
      await sink.finish();
      if (streamed) {
        const sha = options.sha256AfterFill!().toLowerCase();
        if (!/^[0-9a-f]{64}$/.test(sha)) throw storeError('SLM_STORE_UNIT_INVALID', { unit: '(batch)', problem: 'sourceSha256 must be 64 hex digits' });
        batch.sourceSha256 = sha;
        await tx.db.updateTable('import_batches').set({ source_sha256: sha }).where('id', '=', batchId).execute();
      }
      await tx.refreshStatistics(sink.added);
      await tx.db
        .updateTable('import_batches')
        .set({ unit_count: sink.added, variant_count: sink.variants })
        .where('id', '=', batchId)
        .execute();
      const details = {
        corpus,
        batchId: idText(batchId),
        sourceFile: batch.sourceFile,
        sourceSha256: batch.sourceSha256,
        format: batch.format,
        units: sink.added,
        variants: sink.variants,
        byLang: sink.byLang,
        provenance: { ...batchProvenance(batch) },
      };
      const entry = await appendAudit(tx, { action: 'import', actor: options.actor, subject: `corpus:${corpus}`, details });
      return {
        batchId: idText(batchId),
        corpus,
        units: sink.added,
        variants: sink.variants,
        byLang: sink.byLang,
        auditSeq: entry.seq,
      };
    });
  }

  async function getIn(db: Kysely<DB>, batchId: string): Promise<ImportBatch> {
    const row = await selectBatch(db).where('b.id', '=', requireBatchId(batchId)).executeTakeFirst();
    if (!row) throw storeError('SLM_STORE_BATCH_NOT_FOUND', { batchId });
    return toBatch(row);
  }

  return {
    run: (corpus, batch, fill, options) => guard('import a batch', () => run(corpus, batch, fill, options)),
    findBySha: (corpus, sha256) =>
      guard('look up an import by file hash', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const row = await selectBatch(engine.db)
          .where('b.corpus_id', '=', corpusId)
          .where('b.source_sha256', '=', sha256.toLowerCase())
          .where('b.withdrawn_at', 'is', null)
          .orderBy('b.id', 'desc')
          .executeTakeFirst();
        return row && toBatch(row);
      }),
    list: (corpus) =>
      guard('list import batches', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        return (await selectBatch(engine.db).where('b.corpus_id', '=', corpusId).orderBy('b.id').execute()).map(toBatch);
      }),
    get: (batchId) => guard('read an import batch', () => getIn(engine.db, batchId)),
    withdraw: (batchId, options = {}) =>
      guard('withdraw an import batch', () =>
        engine.transaction(async (tx) => {
          const batch = await getIn(tx.db, batchId);
          if (batch.withdrawnAt) return batch;
          const id = requireBatchId(batchId);
          const now = nowIso();
          await tx.db.updateTable('import_batches').set({ withdrawn_at: now }).where('id', '=', id).execute();
          await tx.db.updateTable('units').set({ withdrawn: 1, updated_at: now }).where('batch_id', '=', id).execute();
          const details = { corpus: batch.corpus, batchId, units: batch.units, ...(options.reason ? { reason: options.reason } : {}) };
          await appendAudit(tx, { action: 'import.withdraw', actor: options.actor, subject: `corpus:${batch.corpus}`, details });
          return getIn(tx.db, batchId);
        }),
      ),
  };
}
