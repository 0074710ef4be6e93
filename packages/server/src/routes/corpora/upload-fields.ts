/**
 * The provenance fields of an upload (multipart fields sent before the file),
 * checked against the contract's ImportFields schema, turned into the store's
 * batch declaration.
 */
import { Value } from '@sinclair/typebox/value';
import { apiError, ImportFields } from '@silkloom/contract';
import type { BatchInput } from '@silkloom/store';

export type UploadFields = Record<string, string>;

export function checkUploadFields(fields: UploadFields): ImportFields {
  const first = Value.Errors(ImportFields, fields).First();
  if (first) {
    const name = first.path.replace(/^\//, '') || '(fields)';
    throw apiError('SLM_API_UPLOAD_INVALID', { problem: `field ${name}: ${first.message} (send the provenance fields before the file)` });
  }
  return fields as unknown as ImportFields;
}

export function batchOf(fields: ImportFields, sourceFile: string, organisation: string | undefined): BatchInput {
  const domains = (fields.domains ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  return {
    sourceFile,
    sourceSha256: '',
    format: fields.format,
    contributor: fields.contributor,
    ...(organisation ? { organisation } : {}),
    originJurisdiction: fields.originJurisdiction.toUpperCase(),
    licence: fields.licence,
    consentBasis: fields.consentBasis,
    ...(fields.collectedAt ? { collectedAt: fields.collectedAt } : {}),
    ...(domains.length ? { domains } : {}),
    options: { ...(fields.srcLang ? { srcLang: fields.srcLang } : {}), ...(fields.tgtLang ? { tgtLang: fields.tgtLang } : {}), via: 'upload' },
  };
}
