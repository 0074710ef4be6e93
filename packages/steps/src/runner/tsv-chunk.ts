/**
 * A TSV file of `src<TAB>tgt` lines cut into chunks of whole lines as bytes,
 * so the main thread neither decodes nor splits them: each chunk's buffer is
 * its own and moves to a worker (transferred, not copied), which decodes it
 * exactly as one streaming pass over the file would (`decodeTsvChunk`). A cut
 * falls after a `\n` byte, which never occurs inside a UTF-8 sequence, so an
 * invalid sequence decodes to the same U+FFFD on either side of it.
 */
import type { PairText } from '../step.ts';

export interface TsvLineChunk {
  /** Whole lines, each ending in `\n` but perhaps the file's last; the buffer holds nothing else. */
  bytes: Uint8Array;
  /** The 1-based input line of its first line. */
  firstLine: number;
  /** The chunk starts the file: a UTF-8 BOM there is dropped, as a streaming decoder drops it. */
  atFileStart: boolean;
}

const NEWLINE = 10;

/** Cuts a byte stream into chunks of `linesPerChunk` lines (the last chunk: what remains). */
export async function* tsvLineChunks(source: AsyncIterable<Uint8Array>, linesPerChunk: number): AsyncGenerator<TsvLineChunk> {
  let pieces: Uint8Array[] = [];
  let size = 0;
  let lines = 0;
  let firstLine = 1;
  const cut = (): TsvLineChunk => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of pieces) {
      bytes.set(p, at);
      at += p.length;
    }
    const chunk = { bytes, firstLine, atFileStart: firstLine === 1 };
    firstLine += lines;
    pieces = [];
    size = 0;
    lines = 0;
    return chunk;
  };
  for await (const buf of source) {
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE); nl >= 0; nl = buf.indexOf(NEWLINE, nl + 1)) {
      if (++lines < linesPerChunk) continue;
      pieces.push(buf.subarray(start, nl + 1));
      size += nl + 1 - start;
      start = nl + 1;
      yield cut();
    }
    if (start < buf.length) {
      pieces.push(buf.subarray(start));
      size += buf.length - start;
    }
  }
  if (size) yield cut();
}

export interface DecodedTsvChunk {
  pairs: PairText[];
  /** The input line of each pair. */
  lines: Int32Array;
  /** (line, columns) of each line without exactly two columns. */
  malformed: number[];
  /** Lines read: pairs and malformed lines. */
  lineCount: number;
}

/** A chunk's lines as pairs, as the streaming reader reads them: CRLF accepted, a line without two columns set aside. */
export function decodeTsvChunk(chunk: TsvLineChunk): DecodedTsvChunk {
  const text = new TextDecoder('utf-8', { ignoreBOM: !chunk.atFileStart }).decode(chunk.bytes);
  const parts = text.split('\n');
  // '' after a final '\n'; else the file's last line, read when not empty (a BOM alone decodes to nothing).
  if (!parts[parts.length - 1]) parts.pop();
  const pairs: PairText[] = [];
  const lines = new Int32Array(parts.length);
  const malformed: number[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const line = chunk.firstLine + k;
    const cols = (part.endsWith('\r') ? part.slice(0, -1) : part).split('\t');
    if (cols.length !== 2) {
      malformed.push(line, cols.length);
      continue;
    }
    lines[pairs.length] = line;
    pairs.push({ src: cols[0]!, tgt: cols[1]! });
  }
  return { pairs, lines: lines.slice(0, pairs.length), malformed, lineCount: parts.length };
}
