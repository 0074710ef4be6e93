/**
 * Refuses a write transaction started from inside another one of the same store
 * (e.g. `store.audit.append` called in an import's `fill`). On SQLite it would
 * wait forever for the lock its own caller holds; on PostgreSQL it would commit
 * on its own even when the outer transaction rolls back. Concurrent transactions
 * from unrelated async flows (two requests) are not affected: they queue.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { storeError } from './errors.ts';

const open = new AsyncLocalStorage<object>();

export function inTransactionScope<T>(owner: object, fn: () => Promise<T>): Promise<T> {
  if (open.getStore() === owner) return Promise.reject(storeError('SLM_STORE_NESTED_TRANSACTION'));
  return open.run(owner, fn);
}
