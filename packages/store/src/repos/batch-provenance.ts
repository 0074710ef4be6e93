/** The provenance an import batch declares, as stored in its columns and as read back. */
import type { Provenance } from '@silkloom/core';
import { definedOnly, optional } from '../row-values.ts';
import type { ImportBatchesTable } from '../schema.ts';

export type BatchProvenanceColumns = Pick<
  ImportBatchesTable,
  'contributor' | 'organisation' | 'origin_jurisdiction' | 'licence' | 'consent_basis' | 'collected_at'
> & { source_file: string | null; source_sha256: string | null };

/** Provenance fields from batch columns (absent when null). */
export function batchProvenanceOf(row: BatchProvenanceColumns): Provenance {
  return definedOnly({
    sourceFile: optional(row.source_file),
    sourceSha256: optional(row.source_sha256),
    contributor: optional(row.contributor),
    organisation: optional(row.organisation),
    originJurisdiction: optional(row.origin_jurisdiction),
    licence: optional(row.licence),
    consentBasis: optional(row.consent_basis),
    collectedAt: optional(row.collected_at),
  });
}
