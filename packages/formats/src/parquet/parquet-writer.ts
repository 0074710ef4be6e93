/**
 * Parquet export (Apache Parquet format 2) with hyparquet-writer, one row per
 * unit in flat columns: `id`, one string column per language (named by its
 * tag, null where the unit has no text), `src_lang`, `status`,
 * `reject_reasons` and `domains` (joined with `;`), and the provenance fields
 * (`source_file`, `source_sha256`, `line` INT32, `source_unit_id`, `batch_id`,
 * `contributor`, `organisation`, `origin_jurisdiction`, `licence`,
 * `consent_basis`, `collected_at`). Snappy-compressed.
 *
 * Memory bound: rows are buffered one row group at a time (`rowGroupSize`,
 * default 20,000 rows) and each group is encoded and written before the next
 * is read, so memory holds at most one group of rows plus its encoded pages —
 * about rowGroupSize × (average row size) × 3.
 */
import { canonicalLangTag, findVariant, type TranslationUnit } from '@silkloom/core';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import { formatsError } from '../errors.ts';
import type { WriteStats } from '../types.ts';

export interface ParquetWriteOptions {
  /** The language columns, in order (tags or ranges such as `zh`). */
  langs: string[];
  /** Rows per row group (default 20,000): the memory bound. */
  rowGroupSize?: number;
  /** Also write units that lack some of `langs` (null cells). Default false. */
  includeIncomplete?: boolean;
}

const PROVENANCE_COLUMNS = [
  ['source_file', 'sourceFile'],
  ['source_sha256', 'sourceSha256'],
  ['source_unit_id', 'sourceUnitId'],
  ['batch_id', 'batchId'],
  ['contributor', 'contributor'],
  ['organisation', 'organisation'],
  ['origin_jurisdiction', 'originJurisdiction'],
  ['licence', 'licence'],
  ['consent_basis', 'consentBasis'],
  ['collected_at', 'collectedAt'],
] as const;

/** Writes `units` to a Parquet file at `path` (overwriting it). */
export async function writeParquet(units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>, path: string, opts: ParquetWriteOptions): Promise<WriteStats> {
  if (!opts.langs?.length) throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'writeParquet needs langs: the language columns to write' });
  const langs = opts.langs.map((l) => canonicalLangTag(l));
  const reserved = new Set(['id', 'src_lang', 'status', 'reject_reasons', 'domains', 'line', ...PROVENANCE_COLUMNS.map(([c]) => c)]);
  const clash = langs.find((l) => reserved.has(l));
  if (clash) throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `language column ${clash} clashes with a fixed column` });
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  const string = (name: string) => ({ name, type: 'STRING' as const, nullable: true });
  const columns = [
    { name: 'id', type: 'STRING' as const, nullable: false },
    ...langs.map(string),
    string('src_lang'),
    { name: 'status', type: 'STRING' as const, nullable: false },
    string('reject_reasons'),
    string('domains'),
    { name: 'line', type: 'INT32' as const, nullable: true },
    ...PROVENANCE_COLUMNS.map(([c]) => string(c)),
  ];
  async function* rows(): AsyncGenerator<Record<string, unknown>> {
    for await (const unit of units) {
      const texts = langs.map((lang) => findVariant(unit, lang)?.[1].text ?? null);
      if (texts.every((t) => t === null) || (!opts.includeIncomplete && texts.some((t) => t === null))) {
        stats.skipped++;
        continue;
      }
      const row: Record<string, unknown> = {
        id: unit.id,
        src_lang: unit.srcLang ?? null,
        status: unit.status,
        reject_reasons: unit.rejectReasons?.length ? unit.rejectReasons.join(';') : null,
        domains: unit.domains.length ? unit.domains.join(';') : null,
        line: unit.provenance.line ?? null,
      };
      langs.forEach((lang, i) => (row[lang] = texts[i]));
      for (const [column, field] of PROVENANCE_COLUMNS) row[column] = unit.provenance[field] ?? null;
      stats.written++;
      yield row;
    }
  }
  const writer = fileWriter(path);
  await parquetWriteRows({ writer, rows: rows(), columns, rowGroupSize: opts.rowGroupSize ?? 20_000 });
  return stats;
}
