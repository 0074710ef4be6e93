/**
 * A small streaming writer for POSIX ustar archives (IEEE Std 1003.1-2017,
 * pax "ustar Interchange Format"), for release bundles: each file is a
 * 512-byte header, its bytes, zero padding to a 512-byte boundary, and the
 * archive ends with two zero blocks. Sizes must be known before a file's bytes
 * are streamed, which a release has (its manifest lists every file's size);
 * nothing holds more than one chunk. Paths longer than 100 bytes are split
 * into the 155-byte prefix field at a `/`.
 */
import { cobuildError } from './errors.ts';

const BLOCK = 512;
const encoder = new TextEncoder();

export interface TarEntry {
  path: string;
  size: number;
  /** Seconds since the epoch; releases pass their creation time so archives are reproducible. */
  mtime: number;
  body: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

function writeString(header: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw cobuildError('SLM_RELEASE_BUNDLE_INVALID', { problem: `tar field too long: ${value}` });
  header.set(bytes, offset);
}

function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeString(header, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function splitPath(path: string): [string, string] {
  const bytes = encoder.encode(path);
  if (bytes.length <= 100) return ['', path];
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== '/') continue;
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return [prefix, name];
  }
  throw cobuildError('SLM_RELEASE_BUNDLE_INVALID', { problem: `path too long for a ustar archive: ${path}` });
}

/** The 512-byte ustar header of a regular file. */
export function tarHeader(path: string, size: number, mtime: number): Uint8Array {
  const header = new Uint8Array(BLOCK);
  const [prefix, name] = splitPath(path);
  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, Math.floor(mtime));
  header.fill(0x20, 148, 156);
  header[156] = 0x30; // '0': regular file
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  writeString(header, 265, 32, 'silkloom');
  writeString(header, 297, 32, 'silkloom');
  writeString(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/** Streams a ustar archive of `entries`; throws when a body's length differs from its declared size. */
export async function* tarStream(entries: AsyncIterable<TarEntry> | Iterable<TarEntry>): AsyncGenerator<Uint8Array> {
  for await (const entry of entries) {
    yield tarHeader(entry.path, entry.size, entry.mtime);
    let written = 0;
    const body = entry.body instanceof Uint8Array ? [entry.body] : entry.body;
    for await (const chunk of body) {
      written += chunk.length;
      if (written > entry.size) break;
      yield chunk;
    }
    if (written !== entry.size) throw cobuildError('SLM_RELEASE_BUNDLE_INVALID', { problem: `${entry.path}: declared ${entry.size} bytes, body has ${written}` });
    const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (pad) yield new Uint8Array(pad);
  }
  yield new Uint8Array(BLOCK * 2);
}
