/** Corpora: named collections of units with an owner, a default licence and domains. */
import type { Corpus } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Engine, Tx } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, nowIso, optional } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption, CorpusInput, CorpusPatch, CorpusSummary } from '../types.ts';
import { appendAudit } from './audit-repo.ts';
import { ensureOrganisationId } from './organisation-repo.ts';

export interface CorpusRepo {
  /** Creates a corpus; SLM_STORE_CORPUS_EXISTS when the name is taken. Writes a `corpus.create` audit entry. */
  create(input: CorpusInput, options?: ActorOption): Promise<Corpus>;
  /** The corpus, or undefined when there is none of that name. */
  get(name: string): Promise<Corpus | undefined>;
  /** The corpus, or SLM_STORE_CORPUS_NOT_FOUND. */
  require(name: string): Promise<Corpus>;
  /** All corpora by name, each with its number of (not withdrawn) units. */
  list(): Promise<CorpusSummary[]>;
  /** Changes the given fields (a new `name` renames); writes a `corpus.update` audit entry. */
  update(name: string, patch: CorpusPatch, options?: ActorOption): Promise<Corpus>;
}

export function validCorpusName(name: string): string {
  const problem =
    typeof name !== 'string' || name.length === 0
      ? 'it is empty'
      : name.length > 200
        ? 'it is longer than 200 characters'
        : name.trim() !== name
          ? 'it starts or ends with white space'
          : /[\u0000-\u001f\u007f]/.test(name)
            ? 'it contains a control character'
            : undefined;
  if (problem) throw storeError('SLM_STORE_CORPUS_NAME_INVALID', { name, problem });
  return name;
}

function selectCorpus(db: Kysely<DB>) {
  return db
    .selectFrom('corpora as c')
    .leftJoin('organisations as o', 'o.id', 'c.owner_org_id')
    .select(['c.id', 'c.name', 'c.description', 'o.name as owner_org', 'c.default_licence', 'c.domains', 'c.created_at']);
}

type CorpusRow = Awaited<ReturnType<ReturnType<typeof selectCorpus>['executeTakeFirstOrThrow']>>;

function toCorpus(row: CorpusRow): Corpus {
  return definedOnly({
    name: row.name,
    description: optional(row.description),
    ownerOrg: optional(row.owner_org),
    defaultLicence: optional(row.default_licence),
    domains: JSON.parse(row.domains) as string[],
    createdAt: row.created_at,
  });
}

/** The corpus row's id, or SLM_STORE_CORPUS_NOT_FOUND. Works inside and outside transactions. */
export async function corpusIdOf(db: Kysely<DB>, name: string): Promise<number> {
  const row = await db.selectFrom('corpora').select('id').where('name', '=', name).executeTakeFirst();
  if (!row) throw storeError('SLM_STORE_CORPUS_NOT_FOUND', { name });
  return row.id;
}

async function corpusIn(db: Kysely<DB>, name: string): Promise<Corpus> {
  const row = await selectCorpus(db).where('c.name', '=', name).executeTakeFirst();
  if (!row) throw storeError('SLM_STORE_CORPUS_NOT_FOUND', { name });
  return toCorpus(row);
}

async function ownerId(tx: Tx, ownerOrg: string | null | undefined): Promise<number | null> {
  return ownerOrg ? ensureOrganisationId(tx, ownerOrg) : null;
}

export function corpusRepo(engine: Engine): CorpusRepo {
  /** Runs a write; a unique-name violation (a concurrent create or rename) becomes SLM_STORE_CORPUS_EXISTS. */
  const write = <T>(name: string, fn: (tx: Tx) => Promise<T>) =>
    engine.transaction(fn).catch((err: unknown) => {
      throw engine.isUniqueViolation(err) ? storeError('SLM_STORE_CORPUS_EXISTS', { name }, { cause: err }) : err;
    });
  return {
    create: (input, options = {}) =>
      guard('create a corpus', () =>
        write(input.name, async (tx) => {
          const name = validCorpusName(input.name);
          const exists = await tx.db.selectFrom('corpora').select('id').where('name', '=', name).executeTakeFirst();
          if (exists) throw storeError('SLM_STORE_CORPUS_EXISTS', { name });
          const now = nowIso();
          await tx.db
            .insertInto('corpora')
            .values({
              name,
              description: input.description ?? null,
              owner_org_id: await ownerId(tx, input.ownerOrg),
              default_licence: input.defaultLicence ?? null,
              domains: JSON.stringify(input.domains ?? []),
              created_at: now,
              updated_at: now,
            })
            .execute();
          const corpus = await corpusIn(tx.db, name);
          await appendAudit(tx, { action: 'corpus.create', actor: options.actor, subject: `corpus:${name}`, details: { ...corpus } });
          return corpus;
        }),
      ),
    get: (name) =>
      guard('read a corpus', async () => {
        const row = await selectCorpus(engine.db).where('c.name', '=', name).executeTakeFirst();
        return row && toCorpus(row);
      }),
    require: (name) => guard('read a corpus', () => corpusIn(engine.db, name)),
    list: () =>
      guard('list corpora', async () => {
        const rows = await selectCorpus(engine.db)
          .select((eb) =>
            eb
              .selectFrom('units as u')
              .select((inner) => inner.fn.countAll<number>().as('n'))
              .whereRef('u.corpus_id', '=', 'c.id')
              .where('u.withdrawn', '=', 0)
              .as('units'),
          )
          .orderBy('c.name')
          .execute();
        return rows.map((row) => ({ ...toCorpus(row), units: Number(row.units ?? 0) }));
      }),
    update: (name, patch, options = {}) =>
      guard('update a corpus', () =>
        write(patch.name ?? name, async (tx) => {
          const id = await corpusIdOf(tx.db, name);
          const newName = patch.name === undefined ? undefined : validCorpusName(patch.name);
          if (newName !== undefined && newName !== name) {
            const taken = await tx.db.selectFrom('corpora').select('id').where('name', '=', newName).executeTakeFirst();
            if (taken) throw storeError('SLM_STORE_CORPUS_EXISTS', { name: newName });
          }
          const changes = definedOnly({
            name: newName,
            description: patch.description,
            owner_org_id: patch.ownerOrg === undefined ? undefined : await ownerId(tx, patch.ownerOrg),
            default_licence: patch.defaultLicence,
            domains: patch.domains === undefined ? undefined : JSON.stringify(patch.domains),
          });
          await tx.db.updateTable('corpora').set({ ...changes, updated_at: nowIso() }).where('id', '=', id).execute();
          const corpus = await corpusIn(tx.db, newName ?? name);
          const details = { before: name, patch: definedOnly({ ...patch }) };
          await appendAudit(tx, { action: 'corpus.update', actor: options.actor, subject: `corpus:${corpus.name}`, details });
          return corpus;
        }),
      ),
  };
}
