/** Small helpers shared by the tests of this package (not exported from index.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, TranslationUnit } from '@silkloom/core';
import type { ByteSource, Sink } from '../types.ts';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export function fixturePath(name: string): string {
  return join(fixturesDir, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** A byte source that hands out `bytes` in chunks of `size` (small sizes exercise every boundary). */
export async function* chunked(bytes: Uint8Array, size = 65_536): ByteSource {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function source(text: string, size?: number): ByteSource {
  return chunked(utf8(text), size);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Collects units and diagnostics; returns the thrown error instead of throwing. */
export async function readAll(
  read: (onDiagnostic: (d: Diagnostic) => void) => AsyncIterable<TranslationUnit>,
): Promise<{ units: TranslationUnit[]; diagnostics: Diagnostic[]; error?: unknown }> {
  const diagnostics: Diagnostic[] = [];
  const units: TranslationUnit[] = [];
  try {
    for await (const unit of read((d) => diagnostics.push(d))) units.push(unit);
    return { units, diagnostics };
  } catch (error) {
    return { units, diagnostics, error };
  }
}

/** A sink that keeps everything written, as one string. */
export function memorySink(): Sink & { text(): string } {
  const parts: string[] = [];
  return { write: (chunk: string) => void parts.push(chunk), text: () => parts.join('') };
}

/**
 * A unit without the provenance fields that describe the file it was read
 * from (file, line, the file's own unit id): those legitimately differ after a
 * write/read round trip, everything else must not.
 */
export function withoutPlace(unit: TranslationUnit): TranslationUnit {
  const { line: _line, sourceFile: _file, sourceUnitId: _id, ...provenance } = unit.provenance;
  return { ...unit, provenance };
}
