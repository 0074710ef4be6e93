/** Opens the store a command asked for (see common.ts) and always closes it. */
import { userInfo } from 'node:os';
import { openStore, type Store } from '@silkloom/store';
import { storeLocation, type CommonOptions } from './common.ts';

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
