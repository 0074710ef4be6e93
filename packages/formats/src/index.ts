/**
 * @silkloom/formats — streaming readers and writers for translation-memory
 * and parallel-corpus formats: TMX 1.4b, XLIFF 1.2 and 2.x, TSV/CSV, Moses,
 * JSONL, and Parquet (export). Readers take an `AsyncIterable<Uint8Array>`
 * (e.g. `fs.createReadStream(path)`) and yield TranslationUnits; writers take
 * units and write to a {@link Sink}. See README.md.
 */
export type { ByteSource, Format, ReadOptions, Sink, WriteStats } from './types.ts';
export { DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_SEGMENT_LENGTH } from './types.ts';
export { formatsErrors, formatsError, type FormatsErrorCode } from './errors.ts';

export { decode, decodeBytes, type DecodeInfo, type DecodeOptions } from './encoding/decode.ts';
export { detectFormat } from './detect-format.ts';
export { readFormat, type ReadFormatOptions } from './read-format.ts';
export { fileSink, type FileSink } from './common/sink.ts';

export { readTmx, readTmxHeader, type TmxReadOptions } from './tmx/tmx-reader.ts';
export { writeTmx, type TmxWriteOptions } from './tmx/tmx-writer.ts';
export type { TmxHeader } from './tmx/tmx-header.ts';
export { tmxPlainText, TMX_CODE_ELEMENTS } from './tmx/tmx-inline.ts';

export { readXliff } from './xliff/xliff-reader.ts';
export { writeXliff, type XliffWriteOptions } from './xliff/xliff-writer.ts';
export { xliffPlainText } from './xliff/xliff-inline.ts';

export { readDelimited, type DelimitedReadOptions } from './delimited/delimited-reader.ts';
export { writeDelimited, type DelimitedWriteOptions } from './delimited/delimited-writer.ts';
export type { Quoting } from './delimited/record-scanner.ts';

export { readMoses, type MosesReadOptions } from './moses/moses-reader.ts';
export { writeMoses, type MosesWriteOptions } from './moses/moses-writer.ts';

export { readJsonl } from './jsonl/jsonl-reader.ts';
export { writeJsonl, unitToJson } from './jsonl/jsonl-writer.ts';

export { writeParquet, type ParquetWriteOptions } from './parquet/parquet-writer.ts';

export type { Term, TermEntry } from './tbx/term-entry.ts';
export { readTbx, type TbxReadOptions } from './tbx/tbx-reader.ts';
export { writeTbx, type TbxWriteOptions } from './tbx/tbx-writer.ts';
export { readGlossaryCsv, writeGlossaryCsv } from './tbx/glossary-csv.ts';
