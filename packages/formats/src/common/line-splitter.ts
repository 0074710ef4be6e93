/**
 * Splits decoded text into lines (LF or CR LF; a final line without a line
 * end counts, an empty remainder after the last line end does not), in
 * batches, one batch per input chunk so a reader yields as it pulls.
 *
 * A line longer than `maxLength` is not held: its pieces are dropped as they
 * arrive and it comes out as `{ tooLong: true }` with its line number, so a
 * 50 MB line costs one chunk of memory, not 50 MB (and never a quadratic
 * string build-up).
 */

export interface Line {
  /** 1-based line number. */
  line: number;
  text: string;
  /** The line exceeded the limit; `text` is empty and `length` says how long it was. */
  tooLong?: boolean;
  length?: number;
  /** The last line of the input, with no line end after it. */
  unterminated?: boolean;
}

export class LineSplitter {
  private pieces: string[] = [];
  private pendingLength = 0;
  private overflow = false;
  private lineNo = 0;
  private readonly maxLength: number;

  constructor(maxLength: number) {
    this.maxLength = maxLength;
  }

  private finishLine(last: string): Line {
    this.lineNo++;
    const length = this.pendingLength + last.length;
    let line: Line;
    if (this.overflow || length > this.maxLength) {
      line = { line: this.lineNo, text: '', tooLong: true, length };
    } else {
      let text = this.pieces.length ? this.pieces.join('') + last : last;
      if (text.endsWith('\r')) text = text.slice(0, -1);
      line = { line: this.lineNo, text };
    }
    this.pieces = [];
    this.pendingLength = 0;
    this.overflow = false;
    return line;
  }

  /** The complete lines in `chunk` (with whatever was pending before it). */
  push(chunk: string): Line[] {
    const out: Line[] = [];
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl !== -1) {
      out.push(this.finishLine(chunk.slice(start, nl)));
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    if (start < chunk.length) {
      const rest = chunk.slice(start);
      this.pendingLength += rest.length;
      if (this.pendingLength > this.maxLength) {
        this.overflow = true;
        this.pieces = [];
      } else {
        this.pieces.push(rest);
      }
    }
    return out;
  }

  /** The last line, if the text did not end with a line end. */
  end(): Line[] {
    if (this.pendingLength === 0 && !this.overflow) return [];
    const last = this.finishLine('');
    last.unterminated = true;
    return [last];
  }
}

/** Lines of `text`, batched per chunk. */
export async function* splitLines(text: AsyncIterable<string>, maxLength: number): AsyncGenerator<Line[]> {
  const splitter = new LineSplitter(maxLength);
  for await (const chunk of text) {
    const lines = splitter.push(chunk);
    if (lines.length) yield lines;
  }
  const last = splitter.end();
  if (last.length) yield last;
}
