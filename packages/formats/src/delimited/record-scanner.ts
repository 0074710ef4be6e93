/**
 * Incremental TSV/CSV record scanner (RFC 4180 §2, with `\t` or `,`).
 *
 * Why our own and not papaparse: readers must name the line each record
 * starts on (papaparse reports character offsets), pull chunk by chunk under
 * the consumer's control, and bound the memory of an endless record. Lines
 * without a quote character take a fast path (one `split`); only lines with
 * quotes are scanned field by field. bench/formats compares its speed with
 * papaparse.
 *
 * Quoting modes:
 * - `rfc4180`: a field starting with `"` is quoted; `""` is a quote; quoted
 *   fields may span lines; text after a closing quote is an error.
 * - `lenient`: as rfc4180, but a quoted field must close on its own line and
 *   be followed by a delimiter or line end; otherwise the field is read
 *   literally. Fits TSV exported from corpora, where text often starts with
 *   a quotation mark that is not CSV quoting.
 * - `none`: quotes are ordinary characters.
 */

export type Quoting = 'rfc4180' | 'lenient' | 'none';

export interface DelimitedRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
  /** Set when the record could not be read; `fields` is then empty. */
  problem?: 'too-long' | 'bad-quote' | 'unclosed-quote';
  /** Characters held when `too-long` was decided. */
  length?: number;
}

const INCOMPLETE = null;

export class RecordScanner {
  private buf = '';
  private pos = 0;
  private parts: string[] = [];
  private partsLength = 0;
  private retryAt = 0;
  private nextQuote = -1;
  private line = 1;
  private skipping = false;
  private final = false;
  private readonly delimiter: string;
  private readonly quoting: Quoting;
  private readonly maxLength: number;

  constructor(delimiter: string, quoting: Quoting, maxLength: number) {
    this.delimiter = delimiter;
    this.quoting = quoting;
    this.maxLength = maxLength;
  }

  push(chunk: string): DelimitedRecord[] {
    this.parts.push(chunk);
    this.partsLength += chunk.length;
    // An unfinished record is retried only once the new data is as long as it:
    // the buffer at least doubles between attempts, so a long record costs linear time.
    if (this.partsLength < this.retryAt) return [];
    return this.scan();
  }

  end(): DelimitedRecord[] {
    this.final = true;
    return this.scan();
  }

  private scan(): DelimitedRecord[] {
    this.buf = this.buf.slice(this.pos) + this.parts.join('');
    this.pos = 0;
    this.nextQuote = -1;
    this.parts = [];
    this.partsLength = 0;
    this.retryAt = 0;
    const out: DelimitedRecord[] = [];
    while (this.pos < this.buf.length) {
      if (this.skipping && !this.skipLine()) break;
      if (this.pos >= this.buf.length) break;
      const start = this.pos;
      const startLine = this.line;
      const record = this.parseRecord();
      if (record === INCOMPLETE) {
        const held = this.buf.length - start;
        if (held > this.maxLength) {
          out.push({ line: startLine, fields: [], problem: 'too-long', length: held });
          this.skipping = true;
          this.countLines(start, this.buf.length);
          this.pos = this.buf.length;
        } else {
          this.retryAt = held;
        }
        break;
      }
      record.line = startLine;
      out.push(record);
    }
    return out;
  }

  /** Drops text up to and including the next line end; false when none is buffered yet. */
  private skipLine(): boolean {
    const nl = this.buf.indexOf('\n', this.pos);
    if (nl === -1) {
      this.pos = this.buf.length;
      return false;
    }
    this.pos = nl + 1;
    this.line++;
    this.skipping = false;
    return true;
  }

  private countLines(from: number, to: number): void {
    for (let at = this.buf.indexOf('\n', from); at !== -1 && at < to; at = this.buf.indexOf('\n', at + 1)) this.line++;
  }

  /** Ends a record at the line end found at `nl` (or the end of input). */
  private finishAt(nl: number, fields: string[], start: number): DelimitedRecord {
    const end = nl === -1 ? this.buf.length : nl + 1;
    this.countLines(start, end);
    if (nl === -1 && this.buf.length > start) this.line++; // the last line, without a line end
    this.pos = end;
    return { line: 0, fields };
  }

  private parseRecord(): DelimitedRecord | typeof INCOMPLETE {
    const { buf, pos } = this;
    let nl = buf.indexOf('\n', pos);
    if (nl === -1 && !this.final) return INCOMPLETE;
    const lineEnd = nl === -1 ? buf.length : nl > pos && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (this.quoting !== 'none') {
      if (this.nextQuote !== -2 && this.nextQuote < pos) this.nextQuote = buf.indexOf('"', pos);
      if (this.nextQuote === -1) this.nextQuote = -2; // no quote left in the buffer
    }
    if (this.quoting === 'none' || this.nextQuote === -2 || this.nextQuote >= lineEnd) {
      const fields = buf.slice(pos, lineEnd).split(this.delimiter);
      if (nl === -1) nl = buf.length;
      this.pos = nl + 1;
      this.line++;
      return { line: 0, fields };
    }
    return this.parseFields();
  }

  /** The slow path, for a record with a quote character in it. */
  private parseFields(): DelimitedRecord | typeof INCOMPLETE {
    const { buf, delimiter } = this;
    const start = this.pos;
    const fields: string[] = [];
    let i = start;
    while (true) {
      const nl = buf.indexOf('\n', i);
      if (nl === -1 && !this.final) return INCOMPLETE;
      const lineEnd = nl === -1 ? buf.length : nl;
      if (buf.charCodeAt(i) === 34 /* " */) {
        const quoted = this.parseQuoted(i, this.quoting === 'lenient' ? lineEnd : buf.length);
        if (quoted === INCOMPLETE) {
          if (!this.final && (this.quoting === 'rfc4180' || nl === -1)) return INCOMPLETE;
          if (this.quoting === 'rfc4180') return this.fail('unclosed-quote', start, -1);
        } else if (quoted === 'bad') {
          if (this.quoting === 'rfc4180') return this.fail('bad-quote', start, nl);
        } else {
          fields.push(quoted.value);
          const after = quoted.after;
          if (after < buf.length && buf[after] === delimiter) {
            i = after + 1;
            continue;
          }
          return this.finishAt(after >= buf.length ? -1 : buf.indexOf('\n', after), fields, start);
        }
      }
      // A literal field: up to the next delimiter or the line end.
      const d = buf.indexOf(delimiter, i);
      if (d !== -1 && d < lineEnd) {
        fields.push(buf.slice(i, d));
        i = d + 1;
        continue;
      }
      const end = lineEnd > i && buf.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      fields.push(buf.slice(i, end));
      return this.finishAt(nl, fields, start);
    }
  }

  /** A quoted field at `at` closing before `limit`, or INCOMPLETE, or 'bad' (text after the closing quote). */
  private parseQuoted(at: number, limit: number): { value: string; after: number } | 'bad' | typeof INCOMPLETE {
    const { buf } = this;
    let value = '';
    let j = at + 1;
    while (true) {
      const q = buf.indexOf('"', j);
      if (q === -1 || q >= limit) return INCOMPLETE;
      if (q + 1 === buf.length && !this.final) return INCOMPLETE; // cannot tell `"` from `""` yet
      if (buf.charCodeAt(q + 1) === 34) {
        value += buf.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      value += buf.slice(j, q);
      const after = q + 1;
      const c = buf.charCodeAt(after);
      if (after === buf.length || buf[after] === this.delimiter || c === 10) return { value, after };
      if (c === 13) {
        if (after + 1 === buf.length && !this.final) return INCOMPLETE;
        if (after + 1 === buf.length || buf.charCodeAt(after + 1) === 10) return { value, after: after + 1 };
      }
      return 'bad';
    }
  }

  private fail(problem: 'bad-quote' | 'unclosed-quote', start: number, nl: number): DelimitedRecord {
    const record = this.finishAt(nl, [], start);
    record.problem = problem;
    return record;
  }
}
