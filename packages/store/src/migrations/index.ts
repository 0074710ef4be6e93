/** Every migration, in the order it is applied. Append new ones; never edit shipped ones. */
import { init } from './0001-init.ts';
import { accounts } from './0100-accounts.ts';
import type { Migration } from './migration.ts';
import { cobuild } from './0200-cobuild.ts';

export const MIGRATIONS: readonly Migration[] = [init, accounts, cobuild];
