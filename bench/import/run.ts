/**
 * TMX import throughput and peak memory, end to end through the real CLI
 * (`silkloom import`), on SQLite and on PostgreSQL, against a baseline that
 * parses the same file into units without storing them.
 *
 *   node --import tsx bench/import/run.ts              # 200 MB generated TMX
 *   SIZE_MB=1000 node --import tsx bench/import/run.ts # the 1 GB check (peak RSS < 300 MB)
 *   node --import tsx bench/import/run.ts sqlite       # only the cases named
 *
 * Each case is its own process, timed by GNU time (wall seconds, max RSS).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../formats/generate.ts';
import { freshTestLocation } from '@silkloom/store/testing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'packages/cli/bin/silkloom.js');
const sizeMb = Number(process.env.SIZE_MB ?? 200);
const only = new Set(process.argv.slice(2));
const want = (name: string) => !only.size || only.has(name);

interface Measured {
  name: string;
  seconds: number;
  maxRssMb: number;
  units: number;
}

function timed(name: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const out = JSON.parse(r.stdout);
  const units = out.units ?? out.imports?.[0]?.units;
  return { name, seconds: seconds!, maxRssMb: kb! / 1024, units };
}

const dir = mkdtempSync(join(tmpdir(), 'silkloom-bench-import-'));
try {
  console.log(`generating a ${sizeMb} MB TMX …`);
  const files = await generate(dir, sizeMb, new Set(['tmx']));
  const mb = statSync(files.tmx).size / 1e6;
  const rows: Measured[] = [];
  rows.push(timed('parse only (baseline)', ['--import', 'tsx', 'bench/import/parse-only.ts', files.tmx]));
  if (want('sqlite')) {
    rows.push(timed('import → SQLite', [cli, 'import', files.tmx, '--corpus', 'bench', '--db', join(dir, 'bench.db'), '--quiet', '--json']));
  }
  if (want('postgres')) {
    const pg = await freshTestLocation('postgres');
    try {
      rows.push(timed('import → PostgreSQL', [cli, 'import', files.tmx, '--corpus', 'bench', ...pg.cliArgs, '--quiet', '--json']));
    } finally {
      await pg.dispose();
    }
  }
  const base = rows[0]!;
  console.log(`\nTMX ${mb.toFixed(0)} MB, ${base.units} units\n`);
  console.log('| case | seconds | MB/s | units/s | peak RSS MB | speed vs baseline |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.seconds.toFixed(1)} | ${(mb / r.seconds).toFixed(1)} | ${Math.round(r.units / r.seconds).toLocaleString('en')} | ${r.maxRssMb.toFixed(0)} | ${(base.seconds / r.seconds).toFixed(2)}× |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
