/**
 * Everything a datasheet says about a release, gathered from the store by the
 * server when the release is cut. Plain data, so the generators stay pure and
 * testable.
 */
import type { SplitName } from './release-split.ts';

export type Counts = Record<string, number>;

export interface ReleaseFile {
  path: string;
  sha256: string;
  bytes: number;
  /** Units in the file (data files only). */
  units?: number;
  split?: SplitName;
}

export interface CleaningRunFact {
  runId: string;
  kind: string;
  status: string;
  startedAt: string;
  /** A few headline numbers, e.g. {seen, kept, dropped}. */
  stats?: Record<string, number>;
}

export interface ReviewFact {
  votes: number;
  validators: number;
  /** Decisions per outcome (validated, rejected, flagged). */
  decisions: Counts;
  policy: { name: string; version: number };
  fleissKappa: number | null;
  /** Mean gold accuracy over validators with gold answers, or null. */
  goldAccuracy: number | null;
}

export interface AssessmentFact {
  destination: string;
  verdict: string;
  summary?: string;
  rulePacks?: string[];
}

export interface ReleaseFacts {
  corpus: { name: string; description?: string; ownerOrg?: string; defaultLicence?: string };
  version: string;
  createdAt: string;
  createdBy?: string;
  /** Which units were taken: statuses (and grades once governance grades exist). */
  filter: { statuses: string[]; grades?: string[] };
  units: number;
  splits: Record<SplitName, number>;
  split: { seed: number; dev: number; test: number; nearThreshold: number; clusters: number; exactLinks: number; nearLinks: number; pinned: number };
  /** Variants per language tag. */
  languages: Counts;
  /** Units per language pair (pairKey). */
  pairs: Counts;
  domains: Counts;
  licences: Counts;
  jurisdictions: Counts;
  consentBases: Counts;
  contributors: Counts;
  organisations: Counts;
  batches: number;
  collectedBetween?: [string, string];
  cleaning: CleaningRunFact[];
  review?: ReviewFact;
  assessment?: AssessmentFact;
  /** Sharing terms the publisher states beyond the licences. */
  sharingTerms?: string;
  files: ReleaseFile[];
  previous?: { version: string; added: number; removed: number; changed: number };
}
