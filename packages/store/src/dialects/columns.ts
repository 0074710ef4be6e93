/** Column orders shared by the dialects' bulk writers, so both write the same rows the same way. */
import type { UnitsTable, VariantsTable } from '../schema.ts';

export const UNIT_COLUMNS = [
  'id', 'corpus_id', 'batch_id', 'ext_id', 'line', 'src_lang', 'status', 'reject_reasons',
  'domains', 'provenance', 'meta', 'withdrawn', 'created_at', 'updated_at',
] as const satisfies ReadonlyArray<keyof UnitsTable>;

export const VARIANT_COLUMNS = ['unit_id', 'lang', 'ord', 'text', 'markup', 'meta'] as const satisfies ReadonlyArray<
  keyof VariantsTable
>;

