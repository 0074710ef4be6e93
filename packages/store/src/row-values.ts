/** Conversions between public values and column values, shared by the repositories. */
import { storeError } from './errors.ts';

/** JSON column value (text on both dialects), or null for undefined/null. */
export function jsonColumn(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Parses a JSON column read back as text. */
export function parseJsonColumn<T>(text: string | null): T | undefined {
  return text === null ? undefined : (JSON.parse(text) as T);
}

/** The public form of an integer id. */
export function idText(id: number): string {
  return String(id);
}

/** Parses a public id; undefined when it is not one the store could have issued. */
export function parseId(text: string): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(text)) return undefined;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : undefined;
}

export function requireUnitId(unitId: string): number {
  const id = parseId(unitId);
  if (id === undefined) throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId });
  return id;
}

export function requireBatchId(batchId: string): number {
  const id = parseId(batchId);
  if (id === undefined) throw storeError('SLM_STORE_BATCH_NOT_FOUND', { batchId });
  return id;
}

export function requireRunId(runId: string): number {
  const id = parseId(runId);
  if (id === undefined) throw storeError('SLM_STORE_RUN_NOT_FOUND', { runId });
  return id;
}

/** Copies the defined fields only, so optional properties stay absent instead of `undefined`. */
export function definedOnly<T extends object>(value: T): T {
  const out = {} as T;
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** null → undefined, for optional public fields read from nullable columns. */
export function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Splits a list into slices of at most `size` items. */
export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
