/** Units: pages of them with filters, and one with its provenance and findings. */
import { Type, type Static } from '@sinclair/typebox';
import { Cursor, Limit, Timestamp } from './common.ts';

export const UNIT_STATUS_VALUES = ['raw', 'clean', 'rejected', 'validated'] as const;
export const UnitStatusSchema = Type.Union(UNIT_STATUS_VALUES.map((s) => Type.Literal(s)));

/** The batch-level provenance fields, shared with import batches. */
export const BATCH_PROVENANCE_FIELDS = {
  sourceFile: Type.Optional(Type.String()),
  sourceSha256: Type.Optional(Type.String()),
  contributor: Type.Optional(Type.String()),
  organisation: Type.Optional(Type.String()),
  originJurisdiction: Type.Optional(Type.String()),
  licence: Type.Optional(Type.String()),
  consentBasis: Type.Optional(Type.String()),
  collectedAt: Type.Optional(Type.String()),
};

export const ProvenanceSchema = Type.Object(
  {
    ...BATCH_PROVENANCE_FIELDS,
    line: Type.Optional(Type.Integer()),
    sourceUnitId: Type.Optional(Type.String()),
    batchId: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

export const VariantSchema = Type.Object({
  text: Type.String(),
  markup: Type.Optional(Type.Unknown()),
  meta: Type.Optional(Type.Unknown()),
});

export const UnitSchema = Type.Object({
  unitId: Type.String(),
  id: Type.String({ description: 'the id in the source file' }),
  corpus: Type.String(),
  variants: Type.Record(Type.String(), VariantSchema),
  srcLang: Type.Optional(Type.String()),
  status: UnitStatusSchema,
  rejectReasons: Type.Optional(Type.Array(Type.String())),
  domains: Type.Array(Type.String()),
  provenance: ProvenanceSchema,
  meta: Type.Optional(Type.Unknown()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type UnitInfo = Static<typeof UnitSchema>;

export const FindingSchema = Type.Object({
  lang: Type.String(),
  type: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  score: Type.Number(),
  runId: Type.Optional(Type.String()),
});

export const UnitDetailSchema = Type.Intersect([UnitSchema, Type.Object({ findings: Type.Array(FindingSchema) })]);
export type UnitDetail = Static<typeof UnitDetailSchema>;

export const UnitListQuery = Type.Object({
  status: Type.Optional(UnitStatusSchema),
  lang: Type.Optional(Type.String({ description: 'comma-separated BCP 47 ranges; a unit needs a variant for each' })),
  domain: Type.Optional(Type.String()),
  batch: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
  limit: Type.Optional(Limit(1000, 50)),
  cursor: Type.Optional(Cursor),
});
export type UnitListQuery = Static<typeof UnitListQuery>;

export const UnitPageSchema = Type.Object({
  units: Type.Array(UnitSchema),
  nextCursor: Type.Optional(Type.String()),
});

export const UnitParams = Type.Object({ unitId: Type.String({ pattern: '^[0-9]{1,18}$' }) });
