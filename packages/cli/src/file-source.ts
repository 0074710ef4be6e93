/**
 * Reading input files for import: the SHA-256 of the whole file (computed
 * before the import so a re-import can be refused without touching the store)
 * and a byte source that reports how far it has read, for the progress bar.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** The file's bytes as an async iterable, calling `onBytes` with each chunk's length. */
export async function* countingSource(path: string, onBytes: (n: number) => void): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

/** The first bytes of a file, for format sniffing. */
export async function fileHead(path: string, bytes = 4096): Promise<Uint8Array> {
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) return chunk as Buffer;
  return new Uint8Array();
}
