/**
 * A search resolved against the store: which index serves the query, which
 * language tags and corpus ids it is limited to. Shared by both dialects.
 */
import { langMatches } from '@silkloom/core';
import type { Kysely } from 'kysely';
import { storeError } from '../errors.ts';
import type { DB } from '../schema.ts';
import { presentLangs } from '../repos/unit-filter.ts';
import type { SearchInput } from '../types-search.ts';
import { allCjk, codePointLength } from './cjk.ts';

/** Hits counted exactly up to this many; beyond, the total is an estimate. */
export const COUNT_CAP = 5000;
/** Index entries read for a count before estimating (bounds the time of counts with selective filters). */
export const SCAN_CAP = 40_000;

export interface SearchPlan {
  query: string;
  /** `trgm`: trigram index (3+ characters); `cjk`: the CJK single-character index (1–2 CJK characters). */
  index: 'trgm' | 'cjk';
  tags?: string[];
  /** Exact tags of which the unit must also have one. */
  withTags?: string[];
  corpusIds?: number[];
  domain?: string;
  status?: string;
  /** True when nothing can match (no stored tag matches a range, no corpus). */
  empty: boolean;
}

export function searchIndexFor(query: string): 'trgm' | 'cjk' {
  const length = codePointLength(query);
  if (length >= 3) return 'trgm';
  if (allCjk(query)) return 'cjk';
  throw storeError('SLM_STORE_SEARCH_QUERY_INVALID', { query, problem: 'queries of one or two characters must be Chinese, Japanese or Korean characters' });
}

export async function planSearch(
  db: Kysely<DB>,
  input: Pick<SearchInput, 'query' | 'langs' | 'withLangs' | 'corpora' | 'domain' | 'status'>,
  { checkQuery = true }: { checkQuery?: boolean } = {},
): Promise<SearchPlan> {
  const query = input.query.normalize('NFC');
  if (checkQuery && !query.trim()) throw storeError('SLM_STORE_SEARCH_QUERY_INVALID', { query, problem: 'it is empty' });
  const plan: SearchPlan = { query, index: checkQuery ? searchIndexFor(query) : 'trgm', empty: false };
  const present = input.langs?.length || input.withLangs?.length ? await presentLangs(db) : [];
  if (input.langs?.length) {
    plan.tags = present.filter((tag) => input.langs!.some((range) => langMatches(range, tag)));
    if (!plan.tags.length) plan.empty = true;
  }
  if (input.withLangs?.length) {
    plan.withTags = present.filter((tag) => input.withLangs!.some((range) => langMatches(range, tag)));
    if (!plan.withTags.length) plan.empty = true;
  }
  if (input.corpora) {
    const rows = input.corpora.length ? await db.selectFrom('corpora').select('id').where('name', 'in', input.corpora).execute() : [];
    plan.corpusIds = rows.map((r) => r.id);
    if (!plan.corpusIds.length) plan.empty = true;
  }
  if (input.domain !== undefined) plan.domain = input.domain;
  if (input.status !== undefined) plan.status = input.status;
  return plan;
}

/** The query as an FTS5 phrase: `"…"` with quotes doubled; CJK short queries as space-separated characters. */
export function ftsPhrase(plan: SearchPlan): string {
  const text = plan.index === 'cjk' ? [...plan.query].join(' ') : plan.query;
  return `"${text.replace(/"/g, '""')}"`;
}

/** `%…%` for LIKE/ILIKE with %, _ and \ escaped. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Distinct lower-cased character trigrams of a text, as FTS5's trigram tokenizer indexes them. */
export function trigramsOf(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return [...out];
}
