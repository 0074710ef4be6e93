/** Input and result types of the search repository (concordance and TM candidates). */
import type { UnitStatus } from '@silkloom/core';

export interface SearchInput {
  /** The substring to find, case-insensitively. Three characters or more; one or two when all are CJK. */
  query: string;
  /** RFC 4647 basic ranges of the languages to search in; all when absent. */
  langs?: string[];
  /** Ranges the unit must also have a variant in (the other side of a pair). */
  withLangs?: string[];
  /** Only units of these corpora (names); all corpora when absent. An empty list finds nothing. */
  corpora?: string[];
  domain?: string;
  status?: UnitStatus;
  /** Hits per page, 1–200 (default 20). */
  limit?: number;
  cursor?: string;
  /** Count the hits (default true). */
  count?: boolean;
  /** Count the hits per corpus and per domain. */
  facets?: boolean;
}

export interface SearchHitRow {
  unitId: string;
  corpus: string;
  lang: string;
  text: string;
  domains: string[];
}

export interface SearchPage {
  hits: SearchHitRow[];
  nextCursor?: string;
  total?: number;
  /** False when `total` (and the facets) are estimates: very common queries are counted on a sample. */
  totalExact?: boolean;
  byCorpus?: Record<string, number>;
  byDomain?: Record<string, number>;
}

export interface SimilarInput {
  text: string;
  /** Ranges of the source language. */
  langs: string[];
  corpora?: string[];
  /** Candidates to return, best first by the index's own rough score (default 100). */
  limit?: number;
}

export interface SimilarCandidate {
  unitId: string;
  corpus: string;
  lang: string;
  text: string;
}
