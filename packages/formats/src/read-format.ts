/**
 * One entry point for the single-file formats, for callers that pick the
 * format at run time (`silkloom import --format auto` with
 * {@link detectFormat}). Moses needs two files: call {@link readMoses}.
 */
import type { TranslationUnit } from '@silkloom/core';
import { readDelimited } from './delimited/delimited-reader.ts';
import type { Quoting } from './delimited/record-scanner.ts';
import { formatsError } from './errors.ts';
import { readJsonl } from './jsonl/jsonl-reader.ts';
import { readTmx } from './tmx/tmx-reader.ts';
import type { TmxHeader } from './tmx/tmx-header.ts';
import type { ByteSource, Format, ReadOptions } from './types.ts';
import { readXliff } from './xliff/xliff-reader.ts';

export interface ReadFormatOptions extends ReadOptions {
  /** TSV/CSV: whether the first row is a header (default: detected). */
  header?: boolean;
  /** TSV/CSV quoting (default: rfc4180 for CSV, lenient for TSV). */
  quoting?: Quoting;
  /** TMX: receives the header. */
  onHeader?: (header: TmxHeader) => void;
}

/** The units of one file in `format` (any Format but 'moses'). */
export function readFormat(format: Format, source: ByteSource, opts: ReadFormatOptions): AsyncGenerator<TranslationUnit> {
  switch (format) {
    case 'tmx':
      return readTmx(source, opts);
    case 'xliff':
      return readXliff(source, opts);
    case 'tsv':
      return readDelimited(source, { ...opts, delimiter: '\t' });
    case 'csv':
      return readDelimited(source, { ...opts, delimiter: ',' });
    case 'jsonl':
      return readJsonl(source, opts);
    default:
      throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `readFormat cannot read "${format}" from one source; Moses needs readMoses(srcSource, tgtSource, opts)` });
  }
}
