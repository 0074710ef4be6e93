/**
 * Streaming bytes → text with the WHATWG Encoding Standard's TextDecoder
 * (Node 20 ships full ICU, so GB18030, Big5, Shift_JIS, EUC-KR … are there).
 *
 * Order of precedence, as in the Encoding Standard's "decode" algorithm and
 * XML 1.0 Appendix F: a byte-order mark, then the caller's `encoding`, then
 * (for XML) the encoding declaration, then UTF-8. The BOM is stripped.
 * Undecodable bytes throw SLM_ENCODING_INVALID_BYTES naming file, line and
 * column (1-based; the column counts UTF-16 code units, as editors do).
 */
import type { Diagnostic } from '@silkloom/core';
import { formatsError } from '../errors.ts';
import type { ByteSource } from '../types.ts';
import { boundaryFinder } from './char-boundary.ts';
import { textBeforeInvalid } from './locate-invalid.ts';
import { mayStartBom, sniffBom, sniffXmlEncoding, xmlHeadComplete } from './sniff.ts';

export interface DecodeOptions {
  /** File name for error messages. */
  file: string;
  /** Encoding label; see ReadOptions.encoding. */
  encoding?: string;
  /** Also honour an XML encoding declaration (and BOM-less UTF-16 XML). */
  xml?: boolean;
  /** Receives a warning when a BOM contradicts `encoding`. */
  onDiagnostic?: (d: Diagnostic) => void;
}

/** Reports what {@link decode} chose, once known (before the first string is yielded). */
export interface DecodeInfo {
  encoding: string;
  bom: boolean;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function openDecoder(label: string, file: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch (cause) {
    throw formatsError('SLM_ENCODING_UNSUPPORTED', { encoding: label }, { cause, place: { file } });
  }
}

/** Counts line breaks and the length of the last line, so an error can say where it is. */
class Position {
  line = 1;
  column = 1;
  advance(text: string): void {
    let at = text.indexOf('\n');
    if (at === -1) {
      this.column += text.length;
      return;
    }
    let last = at;
    while (at !== -1) {
      this.line++;
      last = at;
      at = text.indexOf('\n', at + 1);
    }
    this.column = text.length - last;
  }
}

/**
 * Decodes a byte stream into strings. Pulls one chunk from `source` per
 * string it yields, so it never reads ahead of its consumer.
 */
export async function* decode(
  source: ByteSource,
  opts: DecodeOptions,
  onInfo?: (info: DecodeInfo) => void,
): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    yield* decodeFrom(iterator, opts, onInfo);
    finished = true;
  } finally {
    // Stopped early (the consumer broke out, or an error): release the file.
    if (!finished) await iterator.return?.();
  }
}

async function* decodeFrom(
  iterator: AsyncIterator<Uint8Array>,
  opts: DecodeOptions,
  onInfo?: (info: DecodeInfo) => void,
): AsyncGenerator<string> {
  let head: Uint8Array = new Uint8Array(0);
  let done = false;
  const needMore = () => mayStartBom(head) || (opts.xml === true && !xmlHeadComplete(head));
  while (!done && needMore()) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head = concat(head, next.value);
  }
  const bom = sniffBom(head);
  let label = bom?.encoding ?? opts.encoding ?? (opts.xml ? sniffXmlEncoding(head) : undefined) ?? 'utf-8';
  if (bom && opts.encoding) {
    const asked = openDecoder(opts.encoding, opts.file).encoding;
    if (asked !== bom.encoding) {
      opts.onDiagnostic?.({
        code: 'SLM_ENCODING_INVALID_BYTES',
        severity: 'warning',
        source: 'formats/encoding',
        message: `the file starts with a ${bom.encoding} byte-order mark, so it is read as ${bom.encoding}, not ${asked}`,
        place: { file: opts.file, line: 1 },
      });
    }
  }
  const decoder = openDecoder(label, opts.file);
  label = decoder.encoding;
  onInfo?.({ encoding: label, bom: bom !== undefined });
  const boundary = boundaryFinder(label);
  const position = new Position();
  let carry = bom ? head.subarray(bom.length) : head;

  const invalid = (piece: Uint8Array | undefined, cause: unknown) => {
    let line = position.line;
    let column: number | undefined = position.column;
    if (piece && boundary) {
      const before = new Position();
      before.line = line;
      before.column = column;
      before.advance(textBeforeInvalid(label, piece));
      line = before.line;
      column = before.column;
    } else if (piece) {
      column = undefined; // stateful encoding: the chunk is known, not the byte
    }
    return formatsError('SLM_ENCODING_INVALID_BYTES', { encoding: label }, { cause, place: { file: opts.file, line, column } });
  };

  const decodePiece = (bytes: Uint8Array, final: boolean): string => {
    if (!boundary) {
      try {
        return decoder.decode(bytes, { stream: !final });
      } catch (cause) {
        throw invalid(bytes, cause);
      }
    }
    const cut = final ? bytes.length : boundary(bytes);
    const piece = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    carry = cut === bytes.length ? new Uint8Array(0) : bytes.slice(cut);
    try {
      return decoder.decode(piece);
    } catch (cause) {
      throw invalid(piece, cause);
    }
  };

  while (true) {
    let bytes = carry;
    carry = new Uint8Array(0);
    if (!done) {
      const next = await iterator.next();
      if (next.done) done = true;
      else bytes = concat(bytes, next.value);
    }
    const text = decodePiece(bytes, done);
    if (text.length > 0) {
      position.advance(text);
      yield text;
    }
    if (done && carry.length === 0) break;
  }
}

/** Decodes a whole byte array (for small inputs such as a sniffed head). Not streaming. */
export function decodeBytes(bytes: Uint8Array, encoding = 'utf-8'): string {
  const bom = sniffBom(bytes);
  return new TextDecoder(bom?.encoding ?? encoding, { ignoreBOM: true }).decode(bom ? bytes.subarray(bom.length) : bytes);
}
