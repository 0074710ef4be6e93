/**
 * Rows → StoredUnit. Provenance read back is the batch's provenance, then the
 * unit's line and batch id, then the unit's own overrides (which win).
 */
import type { InlineMarkup, Meta, Provenance, StoredUnit, UnitStatus, Variant } from '@silkloom/core';
import type { Kysely } from 'kysely';
import { definedOnly, idText, optional, parseJsonColumn, slices } from '../row-values.ts';
import type { DB, UnitsTable, VariantsTable } from '../schema.ts';
import { type BatchProvenanceColumns, batchProvenanceOf } from './batch-provenance.ts';

/** Selects units with what decoding needs from their corpus and batch; alias `u` for units. */
export function selectUnits(db: Kysely<DB>) {
  return db
    .selectFrom('units as u')
    .innerJoin('corpora as c', 'c.id', 'u.corpus_id')
    .leftJoin('import_batches as b', 'b.id', 'u.batch_id')
    .selectAll('u')
    .select([
      'c.name as corpus_name',
      'b.source_file',
      'b.source_sha256',
      'b.contributor',
      'b.organisation',
      'b.origin_jurisdiction',
      'b.licence',
      'b.consent_basis',
      'b.collected_at',
    ]);
}

/** A units row joined with its corpus name and its batch's provenance columns (null without a batch). */
export type UnitRow = UnitsTable & { corpus_name: string } & Nullable<BatchProvenanceColumns>;

type Nullable<T> = { [K in keyof T]: T[K] | null };

function provenanceOf(row: UnitRow): Provenance {
  return definedOnly({
    ...batchProvenanceOf(row),
    line: optional(row.line),
    batchId: row.batch_id === null ? undefined : idText(row.batch_id),
    ...parseJsonColumn<Provenance>(row.provenance),
  });
}

function toVariant(row: VariantsTable): Variant {
  return definedOnly({
    text: row.text,
    markup: parseJsonColumn<InlineMarkup>(row.markup),
    meta: parseJsonColumn<Meta>(row.meta),
  });
}

export function toStoredUnit(row: UnitRow, variantRows: readonly VariantsTable[]): StoredUnit {
  const variants: Record<string, Variant> = {};
  for (const variant of variantRows) variants[variant.lang] = toVariant(variant);
  return definedOnly({
    unitId: idText(row.id),
    corpus: row.corpus_name,
    id: row.ext_id,
    variants,
    srcLang: optional(row.src_lang),
    status: row.status as UnitStatus,
    rejectReasons: parseJsonColumn<string[]>(row.reject_reasons),
    domains: JSON.parse(row.domains) as string[],
    provenance: provenanceOf(row),
    meta: parseJsonColumn<Meta>(row.meta),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Loads the variants of the given units and decodes them, keeping the rows' order. */
export async function decodeUnits(db: Kysely<DB>, rows: readonly UnitRow[]): Promise<StoredUnit[]> {
  if (!rows.length) return [];
  const byUnit = new Map<number, VariantsTable[]>();
  for (const ids of slices(rows.map((r) => r.id), 500)) {
    const variants = await db.selectFrom('variants').selectAll().where('unit_id', 'in', ids).orderBy('unit_id').orderBy('ord').execute();
    for (const variant of variants) {
      const list = byUnit.get(variant.unit_id);
      if (list) list.push(variant);
      else byUnit.set(variant.unit_id, [variant]);
    }
  }
  return rows.map((row) => toStoredUnit(row, byUnit.get(row.id) ?? []));
}
