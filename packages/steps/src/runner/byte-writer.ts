/**
 * Bytes appended into one growing buffer: UTF-8 text written in place (no
 * joined string a line), bytes copied in. `take` hands out an exact copy with
 * an ArrayBuffer of its own, to transfer to another thread or write out.
 */
import { Buffer } from 'node:buffer';

export class ByteWriter {
  private buf: Buffer;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  text(s: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 for 2).
    this.reserve(3 * s.length);
    this.length += this.buf.write(s, this.length);
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  bytes(from: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    this.buf.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** The bytes written (a copy), and the writer emptied for reuse. */
  take(): Uint8Array {
    const out = new Uint8Array(this.buf.subarray(0, this.length));
    this.length = 0;
    return out;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
}
