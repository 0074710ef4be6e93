/**
 * TranslationUnit → rows. Checks what the schema relies on (a unit id, at least
 * one variant, canonical BCP 47 keys, a known status, text without U+0000, which
 * PostgreSQL cannot store) so a bad unit fails the same way on both dialects and
 * names itself, and keeps per unit only the provenance that differs from its batch.
 */
import { canonicalLangTag, isUnitStatus, type Provenance, type TranslationUnit } from '@silkloom/core';
import { storeError } from '../errors.ts';
import { jsonColumn } from '../row-values.ts';
import type { UnitsTable, VariantsTable } from '../schema.ts';

/** What every unit of a batch shares. */
export interface BatchContext {
  corpusId: number;
  batchId: number;
  /** Provenance the batch declares; unit fields equal to these are not stored again. */
  provenance: Provenance;
  domains: readonly string[];
  createdAt: string;
}

export interface EncodedUnit {
  unit: UnitsTable;
  variants: VariantsTable[];
}

/** Fields that live in their own columns or are implied by the batch, never in the overrides JSON. */
const NOT_OVERRIDES = new Set<keyof Provenance>(['batchId', 'line']);

function invalid(unit: TranslationUnit, problem: string, batch: BatchContext): never {
  const id = typeof unit?.id === 'string' ? unit.id : '?';
  throw storeError(
    'SLM_STORE_UNIT_INVALID',
    { unit: id, problem },
    { place: { file: batch.provenance.sourceFile, line: unit?.provenance?.line, unit: id } },
  );
}

function checkTag(tag: string): string | undefined {
  try {
    const canonical = canonicalLangTag(tag);
    return canonical === tag ? undefined : `variant key "${tag}" is not canonical (expected "${canonical}")`;
  } catch (err) {
    return (err as Error).message;
  }
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function overrides(own: Provenance | undefined, batch: Provenance): string | null {
  if (!own) return null;
  const out: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(own) as Array<[keyof Provenance, unknown]>) {
    if (value === undefined || NOT_OVERRIDES.has(key) || batch[key] === value) continue;
    out[key] = value;
    any = true;
  }
  return any ? JSON.stringify(out) : null;
}

function mergedDomains(own: readonly string[], batch: readonly string[]): string {
  if (!batch.length) return own.length ? JSON.stringify(own) : '[]';
  const all = [...own];
  for (const domain of batch) if (!all.includes(domain)) all.push(domain);
  return JSON.stringify(all);
}

/** Rows for one unit; ids are filled in when the chunk is written (id and unit_id are 0 here). */
export function encodeUnit(unit: TranslationUnit, batch: BatchContext): EncodedUnit {
  if (typeof unit !== 'object' || unit === null) invalid(unit, 'not an object', batch);
  if (typeof unit.id !== 'string' || unit.id === '') invalid(unit, 'id must be a non-empty string', batch);
  if (!isUnitStatus(unit.status)) invalid(unit, `status "${unit.status}" is not raw, clean, rejected or validated`, batch);
  if (!stringList(unit.domains)) invalid(unit, 'domains must be an array of strings', batch);
  if (unit.rejectReasons !== undefined && !stringList(unit.rejectReasons)) invalid(unit, 'rejectReasons must be strings', batch);
  const line = unit.provenance?.line;
  if (line !== undefined && !Number.isSafeInteger(line)) invalid(unit, 'provenance.line must be an integer', batch);
  const variants: VariantsTable[] = [];
  let ord = 0;
  for (const [lang, variant] of Object.entries(unit.variants ?? {})) {
    const problem = checkTag(lang);
    if (problem) invalid(unit, problem, batch);
    if (typeof variant?.text !== 'string') invalid(unit, `variant ${lang} has no text`, batch);
    if (variant.text.includes('\u0000')) invalid(unit, `variant ${lang} contains U+0000`, batch);
    variants.push({ unit_id: 0, lang, ord: ord++, text: variant.text, markup: jsonColumn(variant.markup), meta: jsonColumn(variant.meta) });
  }
  if (!variants.length) invalid(unit, 'it has no variants', batch);
  return {
    unit: {
      id: 0,
      corpus_id: batch.corpusId,
      batch_id: batch.batchId,
      ext_id: unit.id,
      line: line ?? null,
      src_lang: unit.srcLang ?? null,
      status: unit.status,
      reject_reasons: jsonColumn(unit.rejectReasons),
      domains: mergedDomains(unit.domains, batch.domains),
      provenance: overrides(unit.provenance, batch.provenance),
      meta: jsonColumn(unit.meta),
      withdrawn: 0,
      created_at: batch.createdAt,
      updated_at: batch.createdAt,
    },
    variants,
  };
}
