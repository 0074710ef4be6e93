/**
 * Sharing agreements (a corpus opened to another organisation under a licence,
 * purposes, destination countries and dates) and the facts authorisation needs
 * about every corpus: owner, visibility, live agreements. Changes are audited.
 */
import { canonicalCountry } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, parseId } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import type { CorpusAccess, CorpusVisibility, Share, ShareInput } from '../types-accounts.ts';
import { appendAudit } from './audit-repo.ts';
import { corpusIdOf } from './corpus-repo.ts';
import { orgIdOf } from './membership-repo.ts';

export interface ShareRepo {
  /** Opens `corpus` to `org`; SLM_STORE_SHARE_INVALID for a bad date, country or an agreement with the owner itself. */
  create(input: ShareInput, options?: ActorOption): Promise<Share>;
  /** Agreements of a corpus, revoked ones included, oldest first. */
  list(corpus: string): Promise<Share[]>;
  /** Revokes one; SLM_STORE_SHARE_NOT_FOUND when the corpus has no such agreement. */
  revoke(corpus: string, shareId: string, options?: ActorOption): Promise<Share>;
}

export interface AccessRepo {
  /** Every corpus with its owner, visibility and live (not revoked) agreements, by name. */
  corpora(): Promise<CorpusAccess[]>;
  /** Sets a corpus's visibility; writes `corpus.visibility`. */
  setVisibility(corpus: string, visibility: CorpusVisibility, options?: ActorOption): Promise<void>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function selectShares(db: Kysely<DB>) {
  return db
    .selectFrom('corpus_shares as s')
    .innerJoin('corpora as c', 'c.id', 's.corpus_id')
    .innerJoin('organisations as o', 'o.id', 's.org_id')
    .selectAll('s')
    .select(['c.name as corpus', 'o.name as org']);
}

type ShareRow = Awaited<ReturnType<ReturnType<typeof selectShares>['executeTakeFirstOrThrow']>>;

function toShare(row: ShareRow): Share {
  return definedOnly({
    shareId: idText(row.id),
    corpus: row.corpus,
    org: row.org,
    licence: row.licence,
    purposes: JSON.parse(row.purposes) as string[],
    destinations: JSON.parse(row.destinations) as string[],
    validFrom: row.valid_from,
    validUntil: optional(row.valid_until),
    createdAt: row.created_at,
    createdBy: optional(row.created_by),
    revokedAt: optional(row.revoked_at),
  });
}

function invalid(problem: string): never {
  throw storeError('SLM_STORE_SHARE_INVALID', { problem });
}

export function shareRepo(engine: Engine): ShareRepo {
  return {
    create: (input, options = {}) =>
      guard('create a sharing agreement', () =>
        engine.transaction(async (tx) => {
          const corpusId = await corpusIdOf(tx.db, input.corpus);
          const orgId = await orgIdOf(tx.db, input.org);
          const owner = await tx.db.selectFrom('corpora').select('owner_org_id').where('id', '=', corpusId).executeTakeFirstOrThrow();
          if (owner.owner_org_id === orgId) invalid('the organisation already owns the corpus');
          if (!input.licence?.trim()) invalid('a licence is required');
          if (!input.purposes?.length) invalid('at least one purpose is required');
          const validFrom = input.validFrom ?? nowIso().slice(0, 10);
          for (const date of [validFrom, input.validUntil]) if (date !== undefined && !DATE.test(date)) invalid(`"${date}" is not a YYYY-MM-DD date`);
          if (input.validUntil !== undefined && input.validUntil < validFrom) invalid('validUntil is before validFrom');
          let destinations: string[];
          try {
            destinations = [...new Set((input.destinations ?? []).map((c) => canonicalCountry(c)))];
          } catch (err) {
            invalid((err as Error).message);
          }
          const { id } = await tx.db
            .insertInto('corpus_shares')
            .values({
              corpus_id: corpusId,
              org_id: orgId,
              licence: input.licence,
              purposes: JSON.stringify(input.purposes),
              destinations: JSON.stringify(destinations),
              valid_from: validFrom,
              valid_until: input.validUntil ?? null,
              created_at: nowIso(),
              created_by: options.actor ?? null,
              revoked_at: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const share = toShare(await selectShares(tx.db).where('s.id', '=', id).executeTakeFirstOrThrow());
          const { shareId, corpus, org, licence, purposes, validUntil } = share;
          await appendAudit(tx, {
            action: 'corpus.share',
            actor: options.actor,
            subject: `corpus:${corpus}`,
            details: { shareId, org, licence, purposes, destinations, validFrom, validUntil: validUntil ?? null },
          });
          return share;
        }),
      ),
    list: (corpus) =>
      guard('list sharing agreements', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        return (await selectShares(engine.db).where('s.corpus_id', '=', corpusId).orderBy('s.id').execute()).map(toShare);
      }),
    revoke: (corpus, shareId, options = {}) =>
      guard('revoke a sharing agreement', () =>
        engine.transaction(async (tx) => {
          const corpusId = await corpusIdOf(tx.db, corpus);
          const id = parseId(shareId);
          const row = id === undefined ? undefined : await selectShares(tx.db).where('s.id', '=', id).where('s.corpus_id', '=', corpusId).executeTakeFirst();
          if (!row) throw storeError('SLM_STORE_SHARE_NOT_FOUND', { shareId, corpus });
          if (row.revoked_at) return toShare(row);
          await tx.db.updateTable('corpus_shares').set({ revoked_at: nowIso() }).where('id', '=', row.id).execute();
          await appendAudit(tx, { action: 'corpus.unshare', actor: options.actor, subject: `corpus:${corpus}`, details: { shareId, org: row.org } });
          return toShare(await selectShares(tx.db).where('s.id', '=', row.id).executeTakeFirstOrThrow());
        }),
      ),
  };
}

export function accessRepo(engine: Engine): AccessRepo {
  return {
    corpora: () =>
      guard('read corpus access', async () => {
        const rows = await engine.db
          .selectFrom('corpora as c')
          .leftJoin('organisations as o', 'o.id', 'c.owner_org_id')
          .select(['c.name', 'c.visibility', 'o.name as owner'])
          .orderBy('c.name')
          .execute();
        const shares = (await selectShares(engine.db).where('s.revoked_at', 'is', null).orderBy('s.id').execute()).map(toShare);
        return rows.map((row) =>
          definedOnly({
            name: row.name,
            ownerOrg: optional(row.owner),
            visibility: (row.visibility === 'public' ? 'public' : 'private') as CorpusVisibility,
            shares: shares.filter((s) => s.corpus === row.name),
          }),
        );
      }),
    setVisibility: (corpus, visibility, options = {}) =>
      guard('set corpus visibility', () =>
        engine.transaction(async (tx) => {
          const id = await corpusIdOf(tx.db, corpus);
          await tx.db.updateTable('corpora').set({ visibility, updated_at: nowIso() }).where('id', '=', id).execute();
          await appendAudit(tx, { action: 'corpus.visibility', actor: options.actor, subject: `corpus:${corpus}`, details: { visibility } });
        }),
      ),
  };
}
