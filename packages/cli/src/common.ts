/**
 * Options every command shares (--db and --database-url: where the store
 * lives, resolved by store-session.ts's storeLocation).
 */
import type { Command } from 'commander';
import { Output } from './output.ts';

export interface CommonOptions {
  json?: boolean;
  quiet?: boolean;
  db?: string;
  databaseUrl?: string;
}


/** Adds --json, --quiet, --db and --database-url to a command. */
export function withCommonOptions(cmd: Command, { store = true }: { store?: boolean } = {}): Command {
  cmd.option('--json', 'print the result as JSON on stdout').option('-q, --quiet', 'no progress bar and no notes on stderr');
  if (store) {
    cmd
      .option('--db <path>', 'SQLite store file (env SILKLOOM_DB, default ./silkloom.db)')
      .option('--database-url <url>', 'PostgreSQL store, e.g. postgres://user@host/db[?schema=NAME] (env SILKLOOM_DATABASE_URL; used unless --db is given)');
  }
  return cmd;
}

export function outputFor(opts: CommonOptions): Output {
  return new Output({ json: opts.json, quiet: opts.quiet });
}
