#!/usr/bin/env node
// Runs every `*.test.ts` beside the code (and in e2e/) with node:test through tsx.
// Usage: npm test [-- path-fragment …]   e.g. `npm test -- store` runs tests whose path contains "store".
//        node scripts/run-tests.mjs --real-data   runs the `*.realdata.test.ts` checks on ../shared/data instead.
// Node 20's `--test` does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const roots = ['packages', 'e2e', 'scripts', 'bench', 'data'];
const skipDirs = new Set(['node_modules', 'dist', '.git', 'web-dist']);

function collect(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (skipDirs.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith(realData ? '.realdata.test.ts' : '.test.ts') && (realData || !name.endsWith('.realdata.test.ts'))) {
      out.push(relative(root, path));
    }
  }
  return out;
}

const realData = process.argv.includes('--real-data');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--') && a !== '--real-data');
let files = roots.flatMap((r) => collect(join(root, r), [])).sort();
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error(`no ${realData ? 'real-data ' : ''}test files match ${filters.join(' ')}`);
  process.exit(realData ? 0 : 1);
}
const env = {
  ...process.env,
  SILKLOOM_TEST_PG: process.env.SILKLOOM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test',
  NO_COLOR: '1',
  SILKLOOM_SHARED_DATA: process.env.SILKLOOM_SHARED_DATA ?? join(root, '..', 'shared', 'data'),
};
const reporter = 'spec';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, '--test-concurrency=2', ...passThrough, ...files],
  { cwd: root, stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
