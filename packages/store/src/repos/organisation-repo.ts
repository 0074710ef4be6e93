/**
 * Organisations own corpora (and, later, have members). Here only what corpora
 * need: find or create one by name. The server's accounts work extends the table.
 */
import { canonicalCountry } from '@silkloom/core';
import type { Engine, Tx } from '../engine.ts';
import { guard } from '../guard.ts';
import { nowIso, optional } from '../row-values.ts';
import type { Organisation } from '../types.ts';

export interface OrganisationRepo {
  /** Returns the organisation, creating it when missing (the country is set only on creation). */
  ensure(name: string, options?: { country?: string }): Promise<Organisation>;
  get(name: string): Promise<Organisation | undefined>;
  list(): Promise<Organisation[]>;
}

/** Id of the named organisation, created when missing; inside the caller's transaction. */
export async function ensureOrganisationId(tx: Tx, name: string, country?: string): Promise<number> {
  const found = await tx.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const created = await tx.db
    .insertInto('organisations')
    .values({ name, country: country === undefined ? null : canonicalCountry(country), created_at: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

export function organisationRepo(engine: Engine): OrganisationRepo {
  const select = () => engine.db.selectFrom('organisations').select(['name', 'country', 'created_at']);
  const toOrganisation = (row: { name: string; country: string | null; created_at: string }): Organisation => {
    const country = optional(row.country);
    return { name: row.name, ...(country ? { country } : {}), createdAt: row.created_at };
  };
  return {
    ensure: (name, options = {}) =>
      guard('create an organisation', async () => {
        await engine.transaction((tx) => ensureOrganisationId(tx, name, options.country));
        return toOrganisation(await select().where('name', '=', name).executeTakeFirstOrThrow());
      }),
    get: (name) =>
      guard('read an organisation', async () => {
        const row = await select().where('name', '=', name).executeTakeFirst();
        return row && toOrganisation(row);
      }),
    list: () => guard('list organisations', async () => (await select().orderBy('name').execute()).map(toOrganisation)),
  };
}
