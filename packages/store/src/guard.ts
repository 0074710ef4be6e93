/**
 * Every error leaving the store carries a code. Driver errors (constraint
 * violations, a dropped connection) become SLM_STORE_QUERY_FAILED with the
 * driver's error as `cause`; coded errors pass as they are, and so do errors
 * marked with {@link passThrough} — the error thrown by an import's `fill`
 * callback must reach the caller unchanged.
 */
import { SilkloomError } from '@silkloom/core';
import { storeError } from './errors.ts';

const untouched = new WeakSet<object>();

export function passThrough(err: unknown): unknown {
  if (typeof err === 'object' && err !== null) untouched.add(err);
  return err;
}

export function codedError(operation: string, err: unknown): unknown {
  if (err instanceof SilkloomError || !(err instanceof Error) || untouched.has(err)) return err;
  return storeError('SLM_STORE_QUERY_FAILED', { operation, problem: err.message }, { cause: err });
}

/** Runs `fn`, turning driver errors into coded ones (see the module comment). */
export async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw codedError(operation, err);
  }
}
