/**
 * Frozen releases: one transaction writes the release row, every member with
 * the exact line its data file holds, and the files with their SHA-256. Data
 * files are not stored twice: they are rebuilt from the members, in unit-id
 * order, byte for byte (`records`), so the stored hash still checks.
 */
import type { JsonValue } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Release, ReleaseFile, ReleaseFileInput, ReleaseInput, ReleaseMember, ReleaseMemberInput } from '../cobuild-types.ts';
import { cobuildStoreError } from '../cobuild-errors.ts';
import type { Engine } from '../engine.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, slices } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import { appendAudit } from './audit-repo.ts';
import { corpusIdOf } from './corpus-repo.ts';

export interface ReleaseRepo {
  create(input: ReleaseInput, members: readonly ReleaseMemberInput[], files: readonly ReleaseFileInput[], options?: ActorOption): Promise<Release>;
  /** Releases of a corpus, newest first. */
  list(corpus: string): Promise<Release[]>;
  /** One release by corpus and version, or SLM_RELEASE_NOT_FOUND. */
  get(corpus: string, version: string): Promise<Release>;
  files(releaseId: string): Promise<ReleaseFile[]>;
  /** Member ids, splits and content hashes, in unit-id order. */
  members(releaseId: string): AsyncIterable<ReleaseMember>;
  /** The record lines of one split, in unit-id order. */
  records(releaseId: string, split: string): AsyncIterable<string>;
  /** Releases holding any unit of the batch, with how many of its units. */
  holdingBatch(batchId: string): Promise<{ releases: string[]; units: number }>;
}

function selectRelease(db: Kysely<DB>) {
  return db.selectFrom('releases as r').innerJoin('corpora as c', 'c.id', 'r.corpus_id').selectAll('r').select('c.name as corpus');
}

type ReleaseRow = Awaited<ReturnType<ReturnType<typeof selectRelease>['executeTakeFirstOrThrow']>>;

const toRelease = (r: ReleaseRow): Release =>
  definedOnly({
    releaseId: idText(r.id),
    corpus: r.corpus,
    version: r.version,
    filter: JSON.parse(r.filter) as JsonValue,
    options: JSON.parse(r.options) as JsonValue,
    facts: JSON.parse(r.facts) as JsonValue,
    units: r.units,
    createdBy: optional(r.created_by),
    createdAt: r.created_at,
  });

const PAGE = 2000;

export function releaseRepo(engine: Engine): ReleaseRepo {
  async function* paged<T>(releaseId: string, split: string | undefined, map: (row: { unit_id: number; split: string; content_hash: string; record: string }) => T): AsyncIterable<T> {
    let after = 0;
    for (;;) {
      const rows = await engine.db
        .selectFrom('release_units')
        .select(['unit_id', 'split', 'content_hash', 'record'])
        .where('release_id', '=', Number(releaseId))
        .$if(split !== undefined, (q) => q.where('split', '=', split!))
        .where('unit_id', '>', after)
        .orderBy('unit_id')
        .limit(PAGE)
        .execute();
      for (const row of rows) yield map(row);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.unit_id;
    }
  }

  return {
    create: (input, members, files, options = {}) =>
      guard('cut a release', () =>
        engine.transaction(async (tx) => {
          const corpusId = await corpusIdOf(tx.db, input.corpus);
          const clash = await tx.db.selectFrom('releases').select('id').where('corpus_id', '=', corpusId).where('version', '=', input.version).executeTakeFirst();
          if (clash) throw cobuildStoreError('SLM_RELEASE_EXISTS', { corpus: input.corpus, version: input.version });
          const { id } = await tx.db
            .insertInto('releases')
            .values({
              corpus_id: corpusId, version: input.version, filter: JSON.stringify(input.filter), options: JSON.stringify(input.options),
              facts: JSON.stringify(input.facts), units: members.length, created_by: input.createdBy ?? null, created_at: nowIso(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (const slice of slices(members, 500)) {
            await tx.db
              .insertInto('release_units')
              .values(slice.map((m) => ({ release_id: id, unit_id: Number(m.unitId), split: m.split, content_hash: m.contentHash, record: m.record })))
              .execute();
          }
          for (const f of files) {
            await tx.db
              .insertInto('release_files')
              .values({ release_id: id, path: f.path, sha256: f.sha256, bytes: f.bytes, units: f.units ?? null, split: f.split ?? null, content: f.content ?? null })
              .execute();
          }
          await appendAudit(tx, {
            action: 'release.create', actor: options.actor, subject: `corpus:${input.corpus}`,
            details: { releaseId: idText(id), version: input.version, units: members.length, files: files.map((f) => ({ path: f.path, sha256: f.sha256 })) },
          });
          return toRelease(await selectRelease(tx.db).where('r.id', '=', id).executeTakeFirstOrThrow());
        }),
      ),
    list: (corpus) =>
      guard('list releases', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        return (await selectRelease(engine.db).where('r.corpus_id', '=', corpusId).orderBy('r.id', 'desc').execute()).map(toRelease);
      }),
    get: (corpus, version) =>
      guard('read a release', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const row = await selectRelease(engine.db).where('r.corpus_id', '=', corpusId).where('r.version', '=', version).executeTakeFirst();
        if (!row) throw cobuildStoreError('SLM_RELEASE_NOT_FOUND', { release: `${corpus}@${version}` });
        return toRelease(row);
      }),
    files: (releaseId) =>
      guard('list release files', async () => {
        const rows = await engine.db.selectFrom('release_files').selectAll().where('release_id', '=', Number(releaseId)).orderBy('path').execute();
        return rows.map((r) =>
          definedOnly({ releaseId, path: r.path, sha256: r.sha256, bytes: r.bytes, units: optional(r.units), split: optional(r.split), content: optional(r.content) }),
        );
      }),
    members: (releaseId) => paged(releaseId, undefined, (r) => ({ unitId: idText(r.unit_id), split: r.split, contentHash: r.content_hash })),
    records: (releaseId, split) => paged(releaseId, split, (r) => r.record),
    holdingBatch: (batchId) =>
      guard('find releases holding a batch', async () => {
        const rows = await engine.db
          .selectFrom('release_units as m')
          .innerJoin('units as u', 'u.id', 'm.unit_id')
          .innerJoin('releases as r', 'r.id', 'm.release_id')
          .select(['r.version', (eb) => eb.fn.countAll<number>().as('n')])
          .where('u.batch_id', '=', Number(batchId))
          .groupBy('r.version')
          .execute();
        return { releases: rows.map((r) => r.version).sort(), units: rows.reduce((s, r) => Math.max(s, Number(r.n)), 0) };
      }),
  };
}
