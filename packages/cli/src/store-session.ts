/**
 * Where the store lives (store's resolveStoreLocation): `--db PATH`, else
 * `--database-url` / SILKLOOM_DATABASE_URL (PostgreSQL; `?schema=NAME` picks
 * a schema), else SILKLOOM_DB, else
 * ./silkloom.db; and opening it for a command. Apart from common.ts so a
 * command that may not need the store (clean in file mode) loads it only
 * when it does.
 */
import { userInfo } from 'node:os';
import { openStore, resolveStoreLocation, type Store, type StoreLocation } from '@silkloom/store';
import type { CommonOptions } from './common.ts';

export function storeLocation(opts: CommonOptions, env = process.env): StoreLocation {
  return resolveStoreLocation({ db: opts.db, databaseUrl: opts.databaseUrl }, env);
}

/** Opens the store a command asked for and always closes it. */
export async function withStore<T>(opts: CommonOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(opts));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Who the audit log names for work done from this shell. */
export function cliActor(): string {
  return `cli:${process.env.USER ?? process.env.USERNAME ?? userInfo().username}`;
}
