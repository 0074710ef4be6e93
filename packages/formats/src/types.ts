/**
 * Shared shapes of every reader and writer in @silkloom/formats.
 */
import type { Diagnostic } from '@silkloom/core';

/**
 * Bytes of one file, in order. `fs.createReadStream(path)` is one (a Node
 * Readable is an async iterable of Buffers, and Buffer is a Uint8Array); so is
 * a `ReadableStream<Uint8Array>` from `fetch` or a `File` in Node ≥ 20.
 * Readers pull from it only as fast as their own consumer pulls units, so a
 * slow consumer never makes a reader buffer the file.
 */
export type ByteSource = AsyncIterable<Uint8Array>;

/** Options every reader takes. */
export interface ReadOptions {
  /** The name used in diagnostics, error messages, `provenance.sourceFile` and generated ids. */
  file: string;
  /**
   * Character encoding label (WHATWG Encoding Standard: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5' …).
   * Default: from a byte-order mark, else (XML formats) from the XML declaration, else UTF-8.
   * A BOM always wins over this option (as in the Encoding Standard's decode algorithm).
   */
  encoding?: string;
  /** Source language; a fallback where the file does not say, or a column name where it cannot (header-less TSV, Moses). */
  srcLang?: string;
  /** Target language; as {@link srcLang}. */
  tgtLang?: string;
  /** Receives every diagnostic: warnings always, errors only when {@link skipInvalid} is true. */
  onDiagnostic?: (d: Diagnostic) => void;
  /**
   * false (default): the first invalid unit throws a SilkloomError naming file, line and unit.
   * true: invalid units are reported through {@link onDiagnostic} and skipped.
   */
  skipInvalid?: boolean;
  /** Keep units with a single language (untranslated). Default false: they are skipped with a warning. */
  keepMonolingual?: boolean;
  /** Longest segment text accepted, in UTF-16 code units (default 1 MiB = 1,048,576). Longer ones make the unit invalid. */
  maxSegmentLength?: number;
  /**
   * Line formats only (TSV/CSV, Moses, JSONL): longest record held in memory, in UTF-16 code units
   * (default 8 MiB). A longer line is skipped up to its end without being held, and reported.
   */
  maxRecordLength?: number;
}

/** The formats {@link detectFormat} can name. Parquet is export-only. */
export type Format = 'tmx' | 'xliff' | 'tsv' | 'csv' | 'moses' | 'jsonl';

/**
 * Where writers put text. One method: `write(chunk)`, awaited when it returns a
 * promise. Writers emit UTF-8 text in chunks of about 64 KB and never end the
 * sink; the caller does (see {@link fileSink} for a ready one). A Node Writable
 * is accepted as is: writers then wait for 'drain' when it asks them to.
 */
export interface Sink {
  write(chunk: string): unknown;
}

/** What a writer did. */
export interface WriteStats {
  /** Units written. */
  written: number;
  /** Units not written because they lacked the languages asked for. */
  skipped: number;
  /** Units written with changed text (e.g. a line break replaced in Moses, a character XML cannot hold dropped). */
  altered: number;
}

export const DEFAULT_MAX_SEGMENT_LENGTH = 1_048_576;
export const DEFAULT_MAX_RECORD_LENGTH = 8 * 1_048_576;
