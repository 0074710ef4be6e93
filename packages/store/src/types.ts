/**
 * The store's public input and result types. They are plain data: no SQL,
 * Kysely or driver types leak out, so the CLI and the server only need these
 * and core's TranslationUnit / StoredUnit / Corpus.
 */
import type { Corpus, JsonValue, LangTag, StoredUnit, TranslationUnit, UnitStatus } from '@silkloom/core';

/** Where the store lives: one SQLite file (WAL), or a PostgreSQL database (optionally one schema of it). */
export type StoreLocation =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string };

export type StoreDialect = 'sqlite' | 'postgres';

export interface CorpusInput {
  name: string;
  description?: string;
  /** Name of the owning organisation; the organisation is created when it does not exist yet. */
  ownerOrg?: string;
  /** SPDX id or named agreement that applies when a batch declares none. */
  defaultLicence?: string;
  domains?: string[];
}

/** Fields of a corpus that {@link CorpusRepo.update} may change; `null` clears an optional field. */
export interface CorpusPatch {
  name?: string;
  description?: string | null;
  ownerOrg?: string | null;
  defaultLicence?: string | null;
  domains?: string[];
}

/** A corpus with the number of units in it (withdrawn units not counted). */
export interface CorpusSummary extends Corpus {
  units: number;
}

export interface Organisation {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  createdAt: string;
}

/** What an import batch declares about the file it comes from; every unit of the batch inherits it. */
export interface BatchInput {
  sourceFile: string;
  /** SHA-256 (hex) of the file's bytes; re-imports are found by it ({@link ImportRepo.findBySha}). */
  sourceSha256: string;
  /** Format name as the reader calls it: tmx, xliff, tsv, csv, moses, jsonl … */
  format: string;
  contributor?: string;
  organisation?: string;
  /** ISO 3166-1 alpha-2. */
  originJurisdiction?: string;
  licence?: string;
  consentBasis?: string;
  /** ISO 8601 date. */
  collectedAt?: string;
  /** Domain labels given to every unit of the batch (added to the unit's own). */
  domains?: string[];
  /** Reader options as given (src/tgt tags, encoding …), kept for the record. */
  options?: Record<string, JsonValue>;
}

/** A stored import batch. `withdrawnAt` is set once it was withdrawn (its units are kept but hidden). */
export interface ImportBatch extends BatchInput {
  batchId: string;
  corpus: string;
  domains: string[];
  units: number;
  variants: number;
  createdAt: string;
  withdrawnAt?: string;
}

export interface ImportResult {
  batchId: string;
  corpus: string;
  units: number;
  variants: number;
  /** Variants per language tag in this batch. */
  byLang: Record<LangTag, number>;
  /** Sequence number of the `import` audit entry written with the batch. */
  auditSeq: number;
}

/** Receives the units of one import; see {@link ImportRepo.run}. */
export interface UnitSink {
  /** Buffers the unit and writes a chunk when the buffer is full. Await it: it applies back-pressure. */
  add(unit: TranslationUnit): Promise<void>;
  /** Units added so far. */
  readonly added: number;
}

/** Who does something, for the audit log (a user, `cli:<os user>`, a worker id). */
export interface ActorOption {
  actor?: string;
}

/**
 * Which units. All given conditions must hold. Withdrawn units are never included
 * unless `includeWithdrawn` is set.
 */
export interface UnitFilter {
  corpus?: string;
  status?: UnitStatus | UnitStatus[];
  /** RFC 4647 basic ranges (`zh`, `th`, `zh-Hans`); a unit matches when it has a variant for every one. */
  langs?: string[];
  domain?: string;
  batchId?: string;
  includeWithdrawn?: boolean;
}

export interface PageOptions {
  /** At most this many units (1–1000, default 100). */
  limit?: number;
  /** `nextCursor` of the previous page; opaque. */
  cursor?: string;
}

export interface UnitPage {
  units: StoredUnit[];
  /** Present when more units may follow. */
  nextCursor?: string;
}

export interface StatusUpdate {
  unitId: string;
  status: UnitStatus;
  /** Reason codes (for `rejected`); replaced, or cleared when absent. */
  reasons?: string[];
}

export interface DomainUpdate {
  unitId: string;
  domains: string[];
}

/**
 * Counts over the units that are not withdrawn. `pairs` counts units per unordered
 * language pair present in the same unit, keyed `A:B` by {@link pairKey}.
 */
export interface StoreStats {
  units: number;
  variantsByLang: Record<LangTag, number>;
  pairs: Record<string, number>;
  statuses: Record<string, number>;
  domains: Record<string, number>;
  batches: number;
}

export type RunKind = 'clean' | 'scan' | 'align' | 'classify' | 'export' | 'assess' | (string & {});

export interface RunInput {
  corpus?: string;
  kind: RunKind;
  config: JsonValue;
  manifest: JsonValue;
}

export interface PipelineRun {
  runId: string;
  corpus?: string;
  kind: RunKind;
  status: 'running' | 'finished' | 'failed';
  config: JsonValue;
  manifest: JsonValue;
  stats?: JsonValue;
  report?: JsonValue;
  startedAt: string;
  finishedAt?: string;
}

export interface RunOutcome {
  stats: JsonValue;
  report?: JsonValue;
  /** Default `finished`. */
  status?: 'finished' | 'failed';
}

/** One personal-data finding in one variant; offsets are UTF-16 code units into the variant's text. */
export interface FindingInput {
  unitId: string;
  lang: LangTag;
  type: string;
  start: number;
  end: number;
  score: number;
  /** Hash of the matched text (never the text itself). */
  textHash: string;
}

export interface Finding extends FindingInput {
  runId?: string;
}

export interface FindingSummary {
  /** Units (not withdrawn) with at least one finding. */
  units: number;
  findings: number;
  byType: Record<string, number>;
  byLang: Record<LangTag, number>;
  /** Distinct matched texts per type (by hash) — a floor for the number of individuals. */
  distinctByType: Record<string, number>;
}

export interface AuditInput {
  action: string;
  actor?: string;
  subject?: string;
  details: JsonValue;
}

/** One entry of the hash-chained audit log; see packages/store/README.md for the exact hash. */
export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  actor: string | null;
  subject: string | null;
  details: JsonValue;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked: all of them when ok, up to and including the broken one otherwise. */
  entries: number;
  firstBroken?: { seq: number; reason: string };
  /** The last entry, to be kept elsewhere: the chain alone cannot show that entries were cut off its end. */
  head?: { seq: number; hash: string };
}
