/**
 * Glossaries per organisation: import entries (one transaction, audited),
 * read them back for export, look terms up (whole or contained, compared on
 * NFKC lower-case keys), and list every term of some organisations in some
 * languages, for marking glossary terms in search and TM results.
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, slices } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import type { GlossaryEntry, GlossaryEntryInput, GlossaryLookup, GlossarySummary, GlossaryTerm } from '../types-accounts.ts';
import { appendAudit } from './audit-repo.ts';
import { orgIdOf } from './membership-repo.ts';

export interface GlossaryRepo {
  /** Adds entries to the organisation's glossary `name` (created when missing), or replaces them all. */
  importEntries(org: string, name: string, entries: Iterable<GlossaryEntryInput>, options?: ActorOption & { replace?: boolean; domain?: string }): Promise<{ entries: number; terms: number }>;
  list(org: string): Promise<GlossarySummary[]>;
  /** Every entry of a glossary, in import order; SLM_STORE_GLOSSARY_NOT_FOUND when there is none. */
  entries(org: string, name: string): Promise<GlossaryEntry[]>;
  lookup(query: GlossaryLookup): Promise<GlossaryEntry[]>;
  /** Entries of the organisations' glossaries with a term in one of `langs` (for marking terms in text). */
  entriesWithTermsIn(orgs: string[], langs: string[], limit?: number): Promise<GlossaryEntry[]>;
}

export function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().trim();
}

async function loadEntries(db: Kysely<DB>, ids: number[]): Promise<GlossaryEntry[]> {
  const out: GlossaryEntry[] = [];
  for (const slice of slices(ids, 500)) {
    const entries = await db
      .selectFrom('glossary_entries as e')
      .innerJoin('glossaries as g', 'g.id', 'e.glossary_id')
      .innerJoin('organisations as o', 'o.id', 'g.org_id')
      .select(['e.id', 'e.ext_id', 'e.domain', 'e.definition', 'e.note', 'g.name as glossary', 'o.name as org'])
      .where('e.id', 'in', slice)
      .orderBy('e.id')
      .execute();
    const terms = await db.selectFrom('glossary_terms').selectAll().where('entry_id', 'in', slice).orderBy('id').execute();
    for (const e of entries) {
      out.push(
        definedOnly({
          entryId: idText(e.id),
          org: e.org,
          glossary: e.glossary,
          id: optional(e.ext_id),
          domain: optional(e.domain),
          definition: optional(e.definition),
          note: optional(e.note),
          terms: terms
            .filter((t) => t.entry_id === e.id)
            .map((t): GlossaryTerm => definedOnly({ lang: t.lang, term: t.term, status: optional(t.status), partOfSpeech: optional(t.part_of_speech), note: optional(t.note) })),
        }),
      );
    }
  }
  return out;
}

export function glossaryRepo(engine: Engine): GlossaryRepo {
  async function glossaryId(db: Kysely<DB>, org: string, name: string): Promise<number> {
    const orgId = await orgIdOf(db, org);
    const row = await db.selectFrom('glossaries').select('id').where('org_id', '=', orgId).where('name', '=', name).executeTakeFirst();
    if (!row) throw storeError('SLM_STORE_GLOSSARY_NOT_FOUND', { org, name });
    return row.id;
  }
  return {
    importEntries: (org, name, entries, options = {}) =>
      guard('import a glossary', () =>
        engine.transaction(async (tx) => {
          const orgId = await orgIdOf(tx.db, org);
          let row = await tx.db.selectFrom('glossaries').select('id').where('org_id', '=', orgId).where('name', '=', name).executeTakeFirst();
          row ??= await tx.db
            .insertInto('glossaries')
            .values({ org_id: orgId, name, domain: options.domain ?? null, created_at: nowIso() })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (options.replace) {
            const old = tx.db.selectFrom('glossary_entries').select('id').where('glossary_id', '=', row.id);
            await tx.db.deleteFrom('glossary_terms').where('entry_id', 'in', old).execute();
            await tx.db.deleteFrom('glossary_entries').where('glossary_id', '=', row.id).execute();
          }
          let count = 0;
          let terms = 0;
          for (const entry of entries) {
            const { id } = await tx.db
              .insertInto('glossary_entries')
              .values({
                glossary_id: row.id,
                ext_id: entry.id ?? null,
                domain: entry.domain ?? options.domain ?? null,
                definition: entry.definition ?? null,
                note: entry.note ?? null,
                extra: null,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            const values = entry.terms
              .filter((t) => t.term.trim())
              .map((t) => ({ entry_id: id, lang: t.lang, term: t.term, term_key: termKey(t.term), status: t.status ?? null, part_of_speech: t.partOfSpeech ?? null, note: t.note ?? null }));
            if (values.length) await tx.db.insertInto('glossary_terms').values(values).execute();
            count++;
            terms += values.length;
          }
          await appendAudit(tx, { action: 'glossary.import', actor: options.actor, subject: `org:${org}`, details: { glossary: name, entries: count, terms, replace: options.replace === true } });
          return { entries: count, terms };
        }),
      ),
    list: (org) =>
      guard('list glossaries', async () => {
        const orgId = await orgIdOf(engine.db, org);
        const rows = await engine.db
          .selectFrom('glossaries as g')
          .leftJoin('glossary_entries as e', 'e.glossary_id', 'g.id')
          .select((eb) => ['g.name', eb.fn.count<number>('e.id').as('entries')])
          .where('g.org_id', '=', orgId)
          .groupBy('g.name')
          .orderBy('g.name')
          .execute();
        const domains = await engine.db
          .selectFrom('glossary_entries as e')
          .innerJoin('glossaries as g', 'g.id', 'e.glossary_id')
          .select(['g.name', 'e.domain'])
          .distinct()
          .where('g.org_id', '=', orgId)
          .where('e.domain', 'is not', null)
          .execute();
        return rows.map((r) => ({ org, glossary: r.name, entries: Number(r.entries), domains: domains.filter((d) => d.name === r.name).map((d) => d.domain!).sort() }));
      }),
    entries: (org, name) =>
      guard('read a glossary', async () => {
        const id = await glossaryId(engine.db, org, name);
        const ids = (await engine.db.selectFrom('glossary_entries').select('id').where('glossary_id', '=', id).orderBy('id').execute()).map((r) => r.id);
        return loadEntries(engine.db, ids);
      }),
    lookup: (query) =>
      guard('look up a term', async () => {
        if (!query.orgs.length) return [];
        const key = termKey(query.term);
        let q = engine.db
          .selectFrom('glossary_terms as t')
          .innerJoin('glossary_entries as e', 'e.id', 't.entry_id')
          .innerJoin('glossaries as g', 'g.id', 'e.glossary_id')
          .innerJoin('organisations as o', 'o.id', 'g.org_id')
          .select('e.id')
          .distinct()
          .where('o.name', 'in', query.orgs);
        const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = query.exact ? q.where('t.term_key', '=', key) : q.where(sql<boolean>`t.term_key LIKE ${pattern} ESCAPE '\\'`);
        if (query.lang) q = q.where((eb) => eb.or([eb('t.lang', '=', query.lang!), eb('t.lang', 'like', `${query.lang}-%`)]));
        if (query.domain) q = q.where('e.domain', '=', query.domain);
        const ids = (await q.orderBy('e.id').limit(Math.min(query.limit ?? 20, 200)).execute()).map((r) => r.id);
        return loadEntries(engine.db, ids);
      }),
    entriesWithTermsIn: (orgs, langs, limit = 20_000) =>
      guard('read glossary terms', async () => {
        if (!orgs.length || !langs.length) return [];
        const ids = await engine.db
          .selectFrom('glossary_terms as t')
          .innerJoin('glossary_entries as e', 'e.id', 't.entry_id')
          .innerJoin('glossaries as g', 'g.id', 'e.glossary_id')
          .innerJoin('organisations as o', 'o.id', 'g.org_id')
          .select('e.id')
          .distinct()
          .where('o.name', 'in', orgs)
          .where('t.lang', 'in', langs)
          .orderBy('e.id')
          .limit(limit)
          .execute();
        return loadEntries(engine.db, ids.map((r) => r.id));
      }),
  };
}
