/**
 * Reads a TSV file of `src<TAB>tgt` lines (no header) as pairs with ids and
 * line numbers, streaming, while hashing the bytes (SHA-256, for the run
 * manifest). A line without exactly two columns becomes a Diagnostic naming
 * the file and line; the stream goes on. A UTF-8 BOM and CRLF line ends are
 * accepted. Other importable formats come through @silkloom/formats readers
 * (`inputPairs`).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pairView, type Diagnostic } from '@silkloom/core';
import { detectFormat, readFormat } from '@silkloom/formats';
import { fileHead } from '../file-source.ts';
import { stepsErrors } from '@silkloom/steps';
import type { PairItem } from '@silkloom/steps';

export interface TsvSource {
  pairs: AsyncIterable<PairItem>;
  /** Filled while reading. */
  info: { sha256: string; bytes: number; lines: number; diagnostics: Diagnostic[]; malformed: number };
}

/** Counts a line without two columns; the first 100 become Diagnostics naming the file and line. */
export function noteMalformed(info: TsvSource['info'], file: string, line: number, columns: number): void {
  info.malformed++;
  if (info.diagnostics.length >= 100) return;
  info.diagnostics.push({
    code: 'SLM_CLEAN_INPUT_MALFORMED', severity: 'error', source: 'cli/clean',
    message: stepsErrors.SLM_CLEAN_INPUT_MALFORMED.message.replace('{columns}', String(columns)),
    place: { file, line }, actual: `${columns} column(s)`, expected: '2 columns: src<TAB>tgt',
  });
}

/**
 * The TSV file's bytes as read, hashed on the way (the fast path: a
 * TsvCleanRun splits and decodes them in its workers and fills in `lines`
 * and the malformed lines through `noteMalformed`).
 */
export function tsvBytes(file: string, onBytes?: (bytes: number) => void): { bytes: AsyncIterable<Uint8Array>; info: TsvSource['info'] } {
  const info: TsvSource['info'] = { sha256: '', bytes: 0, lines: 0, diagnostics: [], malformed: 0 };
  async function* bytes(): AsyncGenerator<Uint8Array> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const buf = chunk as Buffer;
      hash.update(buf);
      info.bytes += buf.length;
      onBytes?.(info.bytes);
      yield buf;
    }
    info.sha256 = hash.digest('hex');
  }
  return { bytes: bytes(), info };
}

/** Whether the file reads as `src<TAB>tgt` lines (the format `inputPairs` would pick). */
export async function isTsvInput(file: string): Promise<boolean> {
  const format = detectFormat(file, await fileHead(file));
  return format === 'tsv' || format === 'moses';
}

export function tsvPairs(file: string, onBytes?: (bytes: number) => void): TsvSource {
  const info: TsvSource['info'] = { sha256: '', bytes: 0, lines: 0, diagnostics: [], malformed: 0 };
  async function* pairs(): AsyncGenerator<PairItem> {
    const hash = createHash('sha256');
    const decoder = new TextDecoder('utf-8');
    let rest = '';
    let line = 0;
    const handle = function* (text: string): Generator<PairItem> {
      line++;
      const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
      const cols = clean.split('\t');
      if (cols.length !== 2) {
        noteMalformed(info, file, line, cols.length);
        return;
      }
      yield { id: `L${line}`, line, src: cols[0]!, tgt: cols[1]! };
    };
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer;
      hash.update(buf);
      info.bytes += buf.length;
      onBytes?.(info.bytes);
      const text = rest + decoder.decode(buf, { stream: true });
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield* handle(p);
    }
    rest += decoder.decode();
    if (rest) yield* handle(rest);
    info.lines = line;
    info.sha256 = hash.digest('hex');
  }
  return { pairs: pairs(), info };
}

/**
 * The pairs of any importable file: TSV `src<TAB>tgt` lines as above, or the
 * src/tgt variants of the units of a TMX, XLIFF, JSONL or CSV file (read with
 * @silkloom/formats; a unit lacking either language is skipped and counted as
 * malformed; LINE is the line the unit starts on).
 */
export async function inputPairs(file: string, srcLang: string, tgtLang: string, onBytes?: (bytes: number) => void): Promise<TsvSource> {
  const format = detectFormat(file, await fileHead(file));
  if (format === 'tsv' || format === 'moses') return tsvPairs(file, onBytes);
  const info: TsvSource['info'] = { sha256: '', bytes: 0, lines: 0, diagnostics: [], malformed: 0 };
  async function* pairs(): AsyncGenerator<PairItem> {
    const hash = createHash('sha256');
    const bytes = async function* () {
      for await (const chunk of createReadStream(file)) {
        hash.update(chunk as Buffer);
        info.bytes += (chunk as Buffer).length;
        onBytes?.(info.bytes);
        yield chunk as Buffer;
      }
    };
    const units = readFormat(format, bytes(), {
      file,
      srcLang,
      tgtLang,
      skipInvalid: true,
      onDiagnostic: (d) => {
        if (d.severity !== 'error') return;
        info.malformed++;
        if (info.diagnostics.length < 100) info.diagnostics.push(d);
      },
    });
    for await (const unit of units) {
      info.lines++;
      const pair = pairView(unit, srcLang, tgtLang);
      if (!pair) continue;
      yield { id: unit.id, line: unit.provenance.line, src: pair.src, tgt: pair.tgt };
    }
    info.sha256 = hash.digest('hex');
  }
  return { pairs: pairs(), info };
}
