/**
 * Reading a release's files back: small files are stored whole; data files
 * are rebuilt from the members' records in unit-id order, byte for byte, so
 * their stored SHA-256 still holds. The bundle is a ustar archive streamed
 * file by file (sizes are known from the manifest).
 */
import { Readable } from 'node:stream';
import { tarStream } from '@silkloom/cobuild';
import type { Release, ReleaseFile, Store } from '@silkloom/store';

const encoder = new TextEncoder();

export async function* fileBytes(store: Store, release: Release, file: ReleaseFile): AsyncGenerator<Uint8Array> {
  if (file.content !== undefined) {
    yield encoder.encode(file.content);
    return;
  }
  let buffer = '';
  for await (const line of store.releases.records(release.releaseId, file.split!)) {
    buffer += `${line}\n`;
    if (buffer.length > 65536) {
      yield encoder.encode(buffer);
      buffer = '';
    }
  }
  if (buffer) yield encoder.encode(buffer);
}

export function bundleStream(store: Store, release: Release, files: readonly ReleaseFile[]): Readable {
  const root = `${release.corpus.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${release.version}`;
  const mtime = Math.floor(Date.parse(release.createdAt) / 1000);
  const entries = files.map((f) => ({ path: `${root}/${f.path}`, size: f.bytes, mtime, body: fileBytes(store, release, f) }));
  return Readable.from(tarStream(entries));
}

/** A Content-Disposition value for a download name, with an RFC 5987 UTF-8 form for non-ASCII names. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
