/** Every migration, in the order it is applied. Append new ones; never edit shipped ones. */
import { init } from './0001-init.ts';
import { accounts } from './0100-accounts.ts';
import { search } from './0101-search.ts';
import { glossaries } from './0102-glossaries.ts';
import { pgCjkColumn } from './0103-pg-cjk-column.ts';
import { pgCjkTable } from './0104-pg-cjk-table.ts';
import type { Migration } from './migration.ts';
import { cobuild } from './0200-cobuild.ts';

export const MIGRATIONS: readonly Migration[] = [init, accounts, search, glossaries, pgCjkColumn, pgCjkTable, cobuild];
