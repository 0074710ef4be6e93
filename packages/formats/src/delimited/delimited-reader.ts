/**
 * TSV/CSV reader (RFC 4180; IANA text/tab-separated-values). One unit per
 * record; see columns.ts for how columns are named and record-scanner.ts for
 * the quoting modes. An empty cell means "no text in that language".
 */
import type { LangTag, TranslationUnit, Variant } from '@silkloom/core';
import { ReadContext } from '../common/read-context.ts';
import { decode } from '../encoding/decode.ts';
import { formatsError } from '../errors.ts';
import { DEFAULT_MAX_RECORD_LENGTH, type ByteSource, type ReadOptions } from '../types.ts';
import { columnsFromHeader, looksLikeHeader, splitDomains, type Column } from './columns.ts';
import { RecordScanner, type DelimitedRecord, type Quoting } from './record-scanner.ts';

export interface DelimitedReadOptions extends ReadOptions {
  delimiter: '\t' | ',';
  /** Whether the first record names the columns. Default: detected (every cell a language tag or id/domain/src/tgt). */
  header?: boolean;
  /** Default: 'rfc4180' for CSV, 'lenient' for TSV (see record-scanner.ts). */
  quoting?: Quoting;
}

class DelimitedUnits {
  private columns: Column[] | undefined;
  private readonly ctx: ReadContext;
  private readonly opts: DelimitedReadOptions;
  private readonly src: LangTag | undefined;
  private readonly tgt: LangTag | undefined;

  constructor(ctx: ReadContext, opts: DelimitedReadOptions) {
    this.ctx = ctx;
    this.opts = opts;
    this.src = ctx.optionLang(opts.srcLang);
    this.tgt = ctx.optionLang(opts.tgtLang);
  }

  take(record: DelimitedRecord): void {
    if (this.ctx.stopped) return;
    const place = this.ctx.place(record.line);
    if (record.problem === 'unclosed-quote') return this.ctx.fatal(formatsError('SLM_DELIMITED_UNCLOSED_QUOTE', {}, { place }));
    if (record.problem === 'too-long') return this.ctx.invalid({ code: 'SLM_FORMAT_RECORD_TOO_LONG', params: { limit: this.opts.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH }, place });
    if (record.problem === 'bad-quote') return this.ctx.invalid({ code: 'SLM_DELIMITED_BAD_QUOTE', params: {}, place });
    const { fields } = record;
    if (fields.length === 1 && fields[0]!.trim() === '') return; // blank line
    if (!this.columns) {
      const header = this.opts.header ?? looksLikeHeader(fields);
      if (header) {
        this.columns = columnsFromHeader(fields, { src: this.src, tgt: this.tgt }, this.opts.file);
        return;
      }
      if (!this.src || !this.tgt) {
        throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'the file has no header row naming its languages; give srcLang and tgtLang (--src/--tgt)' }, { place });
      }
      this.columns = [{ kind: 'lang', lang: this.src }, { kind: 'lang', lang: this.tgt }];
    }
    if (fields.length !== this.columns.length) {
      return this.ctx.invalid({ code: 'SLM_DELIMITED_COLUMN_COUNT', params: { actual: fields.length, expected: this.columns.length }, place });
    }
    this.ctx.accept(this.unit(fields, this.columns, record.line));
  }

  private unit(fields: readonly string[], columns: readonly Column[], line: number): TranslationUnit {
    const variants: Record<LangTag, Variant> = {};
    let id: string | undefined;
    let domains: string[] = [];
    columns.forEach((column, i) => {
      const cell = fields[i]!;
      if (column.kind === 'id') id = cell.trim() || undefined;
      else if (column.kind === 'domain') domains = splitDomains(cell);
      else if (cell !== '') variants[column.lang] = { text: cell };
    });
    const unit: TranslationUnit = {
      id: id ?? this.ctx.defaultId(line),
      variants,
      status: 'raw',
      domains,
      provenance: { sourceFile: this.ctx.file, line },
    };
    if (id !== undefined) unit.provenance.sourceUnitId = id;
    const srcLang = this.src && variants[this.src] ? this.src : columns.find((c) => c.kind === 'lang')?.lang;
    if (srcLang && variants[srcLang]) unit.srcLang = srcLang;
    return unit;
  }
}

/** Streams the units of a TSV or CSV file. */
export async function* readDelimited(source: ByteSource, opts: DelimitedReadOptions): AsyncGenerator<TranslationUnit> {
  const ctx = new ReadContext(opts, opts.delimiter === ',' ? 'formats/csv' : 'formats/tsv');
  if (opts.delimiter !== '\t' && opts.delimiter !== ',') {
    throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `delimiter must be "\\t" or ",", not ${JSON.stringify(opts.delimiter)}` });
  }
  const quoting = opts.quoting ?? (opts.delimiter === ',' ? 'rfc4180' : 'lenient');
  const scanner = new RecordScanner(opts.delimiter, quoting, opts.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH);
  const units = new DelimitedUnits(ctx, opts);
  for await (const chunk of decode(source, { file: opts.file, encoding: opts.encoding, onDiagnostic: opts.onDiagnostic })) {
    for (const record of scanner.push(chunk)) units.take(record);
    yield* ctx.drain();
  }
  for (const record of scanner.end()) units.take(record);
  yield* ctx.drain();
}
