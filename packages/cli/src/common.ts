/**
 * Options every command shares, and where the store lives:
 * `--database-url` / SILKLOOM_DATABASE_URL (PostgreSQL) wins over
 * `--db` / SILKLOOM_DB (SQLite file), which defaults to ./silkloom.db.
 */
import type { Command } from 'commander';
import { Output } from './output.ts';

export interface CommonOptions {
  json?: boolean;
  quiet?: boolean;
  db?: string;
  databaseUrl?: string;
}

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Adds --json, --quiet, --db and --database-url to a command. */
export function withCommonOptions(cmd: Command, { store = true }: { store?: boolean } = {}): Command {
  cmd.option('--json', 'print the result as JSON on stdout').option('-q, --quiet', 'no progress bar and no notes on stderr');
  if (store) {
    cmd
      .option('--db <path>', 'SQLite store file (env SILKLOOM_DB, default ./silkloom.db)')
      .option('--database-url <url>', 'PostgreSQL store, e.g. postgres://user@host/db (env SILKLOOM_DATABASE_URL); wins over --db');
  }
  return cmd;
}

export function storeLocation(opts: CommonOptions, env = process.env): StoreLocation {
  const url = opts.databaseUrl ?? env.SILKLOOM_DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', path: opts.db ?? env.SILKLOOM_DB ?? './silkloom.db' };
}

export function outputFor(opts: CommonOptions): Output {
  return new Output({ json: opts.json, quiet: opts.quiet });
}
