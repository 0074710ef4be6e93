/** Imports by upload, export downloads, pipeline runs, the audit log. */
import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Timestamp } from './common.ts';
import { BATCH_PROVENANCE_FIELDS } from './units.ts';

export const IMPORT_FORMATS = ['tmx', 'xliff', 'tsv', 'csv', 'jsonl'] as const;
export const EXPORT_FORMATS = ['tmx', 'xliff', 'tsv', 'jsonl'] as const;

/**
 * The provenance fields of an upload, sent as multipart/form-data fields BEFORE
 * the `file` part (the file is streamed straight into the reader, so the fields
 * must already be known). Documented here for clients; the server checks them.
 */
export const ImportFields = Type.Object({
  format: Type.Union(IMPORT_FORMATS.map((f) => Type.Literal(f))),
  originJurisdiction: CountryCode,
  licence: Type.String({ minLength: 1, maxLength: 200 }),
  consentBasis: Type.String({ minLength: 1, maxLength: 100, description: 'consent, contract, public, none-personal …' }),
  contributor: Type.String({ minLength: 1, maxLength: 200 }),
  collectedAt: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  srcLang: Type.Optional(Type.String()),
  tgtLang: Type.Optional(Type.String()),
  domains: Type.Optional(Type.String({ description: 'comma-separated domain labels for every unit' })),
  skipInvalid: Type.Optional(Type.String({ description: '"true" to skip invalid units (reported) instead of failing' })),
});
export type ImportFields = Static<typeof ImportFields>;

export const ImportResultSchema = Type.Object({
  batchId: Type.String(),
  corpus: Type.String(),
  units: Type.Integer(),
  variants: Type.Integer(),
  byLang: Type.Record(Type.String(), Type.Integer()),
  auditSeq: Type.Integer(),
  sourceSha256: Type.String(),
  skipped: Type.Integer({ description: 'invalid units skipped (skipInvalid)' }),
});
export type ImportResultInfo = Static<typeof ImportResultSchema>;

export const BatchSchema = Type.Object({
  ...BATCH_PROVENANCE_FIELDS,
  batchId: Type.String(),
  corpus: Type.String(),
  sourceFile: Type.String(),
  sourceSha256: Type.String(),
  format: Type.String(),
  domains: Type.Array(Type.String()),
  units: Type.Integer(),
  variants: Type.Integer(),
  createdAt: Timestamp,
  withdrawnAt: Type.Optional(Timestamp),
});

export const ExportQuery = Type.Object({
  format: Type.Union(EXPORT_FORMATS.map((f) => Type.Literal(f)), { default: 'tmx' }),
  src: Type.Optional(Type.String({ description: 'source language range (tsv: first column)' })),
  tgt: Type.Optional(Type.String({ description: 'target language range' })),
  status: Type.Optional(Type.String({ description: 'comma-separated statuses (default: every status)' })),
  domain: Type.Optional(Type.String()),
  purpose: Type.Optional(Type.String({ description: 'for a shared corpus: the purpose, checked against the agreement' })),
  destination: Type.Optional(CountryCode),
});
export type ExportQuery = Static<typeof ExportQuery>;

/** The figures of an export, also sent as X-Silkloom-* headers of the download. */
export const ExportManifestSchema = Type.Object({
  corpus: Type.String(),
  format: Type.String(),
  units: Type.Integer({ description: 'units the filter selects' }),
  licences: Type.Array(Type.String()),
  origins: Type.Array(Type.String()),
  auditHead: Type.Optional(Type.Object({ seq: Type.Integer(), hash: Type.String() })),
});
export type ExportManifest = Static<typeof ExportManifestSchema>;

export const RunSchema = Type.Object({
  runId: Type.String(),
  corpus: Type.Optional(Type.String()),
  kind: Type.String(),
  status: Type.String(),
  config: Type.Unknown(),
  manifest: Type.Unknown(),
  stats: Type.Optional(Type.Unknown()),
  report: Type.Optional(Type.Unknown()),
  startedAt: Timestamp,
  finishedAt: Type.Optional(Timestamp),
});
export type RunInfo = Static<typeof RunSchema>;

export const RunParams = Type.Object({ runId: Type.String({ pattern: '^[0-9]{1,18}$' }) });

export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  firstBroken: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
  head: Type.Optional(Type.Object({ seq: Type.Integer(), hash: Type.String() })),
});

export const ScanBody = Type.Object({
  minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'reporting threshold (default 0.5)' })),
  types: Type.Optional(Type.Array(Type.String(), { description: 'only these PII types (default all)' })),
});
export type ScanBody = Static<typeof ScanBody>;

export const ScanResultSchema = Type.Object({
  runId: Type.String(),
  units: Type.Integer({ description: 'units scanned' }),
  unitsWithFindings: Type.Integer(),
  findings: Type.Integer(),
  byType: Type.Record(Type.String(), Type.Integer()),
  grade: Type.Object({
    data: Type.String({ description: 'general, important or core (GB/T 43697-2024)' }),
    personal: Type.String({ description: 'none, personal or sensitive (PIPL Art 4 / Art 28)' }),
    categories: Type.Optional(Type.Array(Type.String())),
    distinctIdentifiers: Type.Optional(Type.Integer()),
    reasons: Type.Optional(Type.Array(Type.Object({ rule: Type.String(), because: Type.String(), citation: Type.String() }))),
  }, { additionalProperties: true }),
});

/** A transfer request as @silkloom/governance defines it (docs/governance.md); checked by the assessment. */
export const AssessBody = Type.Object({}, { additionalProperties: true, description: 'TransferRequest: as_of, exporter, recipient, dataset, counters (docs/governance.md)' });
export const AssessmentSchema = Type.Object({ decision: Type.String() }, { additionalProperties: true, description: 'Assessment (docs/governance.md); decision support, not legal advice' });

/** Transfer purposes the governance rule packs know (packages/governance/src/assess/request.ts PURPOSES). */
export const TRANSFER_PURPOSES = ['academic_cooperation', 'commercial', 'contract_with_individual', 'hr_management', 'emergency', 'return_of_foreign_data'] as const;
export type TransferPurpose = (typeof TRANSFER_PURPOSES)[number];

/**
 * Assess exporting a stored corpus: the destination and purpose, plus the facts
 * the store cannot know (each left out is assumed, and the answer says how).
 */
export const CorpusAssessBody = Type.Object({
  to: CountryCode,
  purpose: Type.Union(TRANSFER_PURPOSES.map((p) => Type.Literal(p))),
  asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'date the rules are taken at (default today)' })),
  exporterCountry: Type.Optional(CountryCode),
  exporterCity: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'the GBA route needs it, e.g. Guangzhou' })),
  ciio: Type.Optional(Type.Boolean({ description: 'the exporter is a critical information infrastructure operator (unknown when left out)' })),
  ftz: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'the exporter\'s free-trade zone, if any' })),
  recipientRestricted: Type.Optional(Type.Boolean()),
  stateSecret: Type.Optional(Type.Boolean()),
  importantDataNotified: Type.Optional(Type.Boolean()),
  priorIndividuals: Type.Optional(Type.Integer({ minimum: 0, description: 'individuals already exported this year outside Silkloom' })),
  priorSensitiveIndividuals: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type CorpusAssessBody = Static<typeof CorpusAssessBody>;

const CitationSchema = Type.Object({
  instrument: Type.String(),
  article: Type.String(),
  url: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});

export const LegSchema = Type.Object({
  jurisdiction: Type.String(),
  direction: Type.String({ description: 'export (from the exporter\'s country) or onward (from another origin of the data)' }),
  decision: Type.String(),
  obligations: Type.Array(Type.String()),
  rules: Type.Array(Type.Object({
    pack: Type.String(),
    version: Type.String(),
    id: Type.String(),
    citations: Type.Array(CitationSchema),
    confidence: Type.String(),
    basis: Type.String(),
  })),
  missing: Type.Optional(Type.Array(Type.String(), { description: 'facts whose absence forced ESCALATE' })),
  notes: Type.Optional(Type.Array(Type.String())),
});

export const CorpusAssessmentSchema = Type.Object({
  corpus: Type.String(),
  decision: Type.String(),
  legs: Type.Array(LegSchema),
  assumptions: Type.Array(Type.String(), { description: 'what the request builder and the assessment assumed' }),
  packs: Type.Record(Type.String(), Type.String()),
  request: Type.Unknown({ description: 'the TransferRequest built from the store (docs/governance.md)' }),
}, { description: 'decision support, not legal advice' });
export type CorpusAssessmentInfo = Static<typeof CorpusAssessmentSchema>;
