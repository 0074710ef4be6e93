/**
 * Plain input and result types of the co-building repositories (review,
 * releases, contributions). Like types.ts, nothing of SQL leaks out.
 */
import type { JsonValue, LangTag } from '@silkloom/core';

/** One stored vote. `vote` is one of good, bad, wrong_lang, pii, unsure (checked by @silkloom/cobuild). */
export interface StoredVote {
  unitId: string;
  voter: string;
  vote: string;
  trusted: boolean;
  /** The unit had a gold answer when the vote was cast. */
  gold: boolean;
  createdAt: string;
}

export interface VoteInput {
  unitId: string;
  voter: string;
  vote: string;
  trusted?: boolean;
}

/** What the consensus rule decided; the store applies it (status change) and keeps it with its policy. */
export interface DecisionInput {
  outcome: 'validated' | 'rejected' | 'flagged';
  reasons: string[];
  tally: Record<string, number>;
  policy: JsonValue;
  decidedBy: string;
  trustedVoter?: string;
}

export interface StoredDecision extends DecisionInput {
  unitId: string;
  corpus: string;
  votes: number;
  decidedAt: string;
}

/** Called inside the vote's transaction with every vote of the unit (oldest first); returns a decision or undefined (pending). */
export type Judge = (votes: readonly StoredVote[]) => DecisionInput | undefined;

export interface VoteResult {
  vote: StoredVote;
  /** Present when this vote decided the unit. */
  decision?: StoredDecision;
  /** The known answer when the unit is gold (shown to the validator after voting). */
  goldAnswer?: string;
}

export interface QueueOptions {
  /** Only units with a variant for each of these ranges. */
  langs?: string[];
  /** Unit ids to pass over (skipped in this session). */
  skip?: string[];
}

export interface GoldAnswer {
  unitId: string;
  answer: string;
  setBy?: string;
  createdAt: string;
}

export interface ReleaseInput {
  corpus: string;
  version: string;
  filter: JsonValue;
  options: JsonValue;
  facts: JsonValue;
  createdBy?: string;
}

export interface ReleaseMemberInput {
  unitId: string;
  split: string;
  contentHash: string;
  /** The exact line the data file holds for this unit (no newline). */
  record: string;
}

export interface ReleaseFileInput {
  path: string;
  sha256: string;
  bytes: number;
  units?: number;
  split?: string;
  /** Text of small files (README, datasheet, manifest); absent for data files, which are rebuilt from members. */
  content?: string;
}

export interface Release {
  releaseId: string;
  corpus: string;
  version: string;
  filter: JsonValue;
  options: JsonValue;
  facts: JsonValue;
  units: number;
  createdBy?: string;
  createdAt: string;
}

export interface ReleaseFile extends ReleaseFileInput {
  releaseId: string;
}

export interface ReleaseMember {
  unitId: string;
  split: string;
  contentHash: string;
}

/** Units per language and domain (the dashboard's coverage matrix). */
export interface CoverageCell {
  lang: LangTag;
  domain: string;
  units: number;
}

export interface BatchSummary {
  batchId: string;
  units: number;
  byLang: Record<LangTag, number>;
  statuses: Record<string, number>;
  /** Units of the batch that are in some release (a released batch cannot be withdrawn). */
  released: number;
}

export interface Credit {
  /** Units per contributor (from batch provenance), withdrawn batches left out. */
  contributors: Record<string, number>;
  /** Votes per validator and, of those, how many went into a decision. */
  validators: Array<{ voter: string; votes: number; decisive: number }>;
}
