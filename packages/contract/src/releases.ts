/** Releases: frozen, versioned snapshots with leak-free splits, datasheet, checksums; files, bundle and deltas. */
import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Timestamp } from './common.ts';
import { UNIT_STATUS_VALUES } from './units.ts';

export const SEMVER_PATTERN = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$';

export const ReleaseParams = Type.Object({ corpus: Type.String({ minLength: 1, maxLength: 200 }), version: Type.String({ pattern: SEMVER_PATTERN }) });

export const ReleaseCreateBody = Type.Object({
  version: Type.Optional(Type.String({ pattern: SEMVER_PATTERN, description: 'default: the suggested next version' })),
  statuses: Type.Array(Type.Union(UNIT_STATUS_VALUES.map((s) => Type.Literal(s))), { minItems: 1, default: ['validated'] }),
  dev: Type.Number({ minimum: 0, maximum: 0.5, default: 0.1 }),
  test: Type.Number({ minimum: 0, maximum: 0.5, default: 0.1 }),
  seed: Type.Optional(Type.Integer({ minimum: 0 })),
  destination: Type.Optional(CountryCode),
  purpose: Type.Optional(Type.String({ maxLength: 50, description: 'purpose of the transfer for the assessment (academic_cooperation, commercial …); default academic_cooperation' })),
  sharingTerms: Type.Optional(Type.String({ maxLength: 4000 })),
});
export type ReleaseCreateBody = Static<typeof ReleaseCreateBody>;

export const ReleaseFileSchema = Type.Object({
  path: Type.String(),
  sha256: Type.String(),
  bytes: Type.Integer(),
  units: Type.Optional(Type.Integer()),
  split: Type.Optional(Type.String()),
});

export const ReleaseSummarySchema = Type.Object({
  corpus: Type.String(),
  version: Type.String(),
  units: Type.Integer(),
  splits: Type.Record(Type.String(), Type.Integer()),
  createdAt: Timestamp,
  createdBy: Type.Optional(Type.String()),
});
export type ReleaseSummary = Static<typeof ReleaseSummarySchema>;

export const ReleaseListSchema = Type.Object({
  releases: Type.Array(ReleaseSummarySchema),
  suggestedVersion: Type.String(),
  /** Units the default filter (validated) would take now. */
  candidates: Type.Integer(),
});

export const ReleaseDetailSchema = Type.Object({
  release: ReleaseSummarySchema,
  files: Type.Array(ReleaseFileSchema),
  facts: Type.Unknown({ description: 'the figures the datasheet was generated from' }),
});
export type ReleaseDetail = Static<typeof ReleaseDetailSchema>;

export const ReleaseFileQuery = Type.Object({ path: Type.String({ minLength: 1, maxLength: 300 }) });

export const DeltaQuery = Type.Object({ from: Type.String({ pattern: SEMVER_PATTERN }) });
export const DeltaSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  added: Type.Integer(),
  removed: Type.Integer(),
  changed: Type.Integer(),
  moved: Type.Integer(),
  unchanged: Type.Integer(),
  sample: Type.Object({
    added: Type.Array(Type.String()),
    removed: Type.Array(Type.String()),
    changed: Type.Array(Type.String()),
  }),
});
export type DeltaInfo = Static<typeof DeltaSchema>;
