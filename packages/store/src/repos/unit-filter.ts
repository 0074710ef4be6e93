/**
 * UnitFilter → SQL conditions on `units as u`. Language ranges are matched with
 * core's RFC 4647 `langMatches` against the tags actually present (read with a
 * loose index scan of `variants_lang`, a few index probes per language), so the
 * SQL only ever compares exact tags and both dialects agree on what matches.
 */
import { isUnitStatus, langMatches } from '@silkloom/core';
import { type ExpressionBuilder, type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { parseId } from '../row-values.ts';
import type { DB, UnitsTable } from '../schema.ts';
import type { UnitFilter } from '../types.ts';
import { corpusIdOf } from './corpus-repo.ts';

export interface ResolvedFilter {
  corpusId?: number;
  statuses?: string[];
  /** One set of exact tags per requested range; a unit needs a variant in each set. */
  langSets?: string[][];
  domain?: string;
  batchId?: number;
  includeWithdrawn: boolean;
  /** True when the filter can match nothing (a range no stored tag matches, a batch id that cannot exist). */
  empty: boolean;
}

type UnitScope = DB & { u: UnitsTable };

/** Distinct variant languages, by skipping through the (lang, unit_id) index. */
export async function presentLangs(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ lang: string | null }>`
    with recursive l(lang) as (
      select min(lang) from variants
      union all
      select (select min(v.lang) from variants v where v.lang > l.lang) from l where l.lang is not null
    )
    select lang from l where lang is not null`.execute(db);
  return result.rows.map((r) => r.lang!);
}

export async function resolveFilter(db: Kysely<DB>, filter: UnitFilter = {}): Promise<ResolvedFilter> {
  const resolved: ResolvedFilter = { includeWithdrawn: filter.includeWithdrawn === true, empty: false };
  if (filter.corpus !== undefined) resolved.corpusId = await corpusIdOf(db, filter.corpus);
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    const bad = statuses.find((s) => !isUnitStatus(s));
    if (bad !== undefined || !statuses.length) {
      throw storeError('SLM_STORE_FILTER_INVALID', { problem: `status "${bad ?? ''}" is not raw, clean, rejected or validated` });
    }
    resolved.statuses = statuses;
  }
  if (filter.batchId !== undefined) {
    const id = parseId(filter.batchId);
    if (id === undefined) resolved.empty = true;
    else resolved.batchId = id;
  }
  if (filter.domain !== undefined) resolved.domain = filter.domain;
  if (filter.langs?.length) {
    const present = await presentLangs(db);
    resolved.langSets = filter.langs.map((range) => present.filter((tag) => langMatches(range, tag)));
    if (resolved.langSets.some((set) => !set.length)) resolved.empty = true;
  }
  return resolved;
}

/** The filter's conditions on alias `u`. */
export function unitConditions(eb: ExpressionBuilder<UnitScope, 'u'>, filter: ResolvedFilter, engine: Engine): Expression<SqlBool> {
  // PostgreSQL has no empty IN (): a filter that can match nothing is said so outright.
  if (filter.empty) return sql<SqlBool>`1 = 0`;
  const conditions: Expression<SqlBool>[] = [];
  if (filter.corpusId !== undefined) conditions.push(eb('u.corpus_id', '=', filter.corpusId));
  if (!filter.includeWithdrawn) conditions.push(eb('u.withdrawn', '=', 0));
  if (filter.statuses) conditions.push(eb('u.status', 'in', filter.statuses));
  if (filter.batchId !== undefined) conditions.push(eb('u.batch_id', '=', filter.batchId));
  if (filter.domain !== undefined) conditions.push(engine.sql.jsonArrayContains('u.domains', filter.domain));
  for (const tags of filter.langSets ?? []) {
    conditions.push(
      eb.exists(
        eb.selectFrom('variants as v').select(sql.lit(1).as('one')).whereRef('v.unit_id', '=', 'u.id').where('v.lang', 'in', tags),
      ),
    );
  }
  return eb.and(conditions);
}
