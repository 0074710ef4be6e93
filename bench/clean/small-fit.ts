/**
 * Peak RSS and CPU of `silkloom clean --workers W` on small inputs (the
 * alignment fit is most of such a run: under 2,000 sample pairs it trains ten
 * cross-fitted fold models), two checkouts alternated size by size so that
 * both see the same load.
 *
 *   node --import tsx bench/clean/small-fit.ts ROOT_A ROOT_B [--rounds R] [--workers W] FILE…
 *
 * Each FILE (a zh-Hans → en TSV unless `--tgt`) is cleaned by ROOT_A's
 * then ROOT_B's command (`packages/cli/bin/silkloom.js`), R rounds, order
 * swapped every round; one line per run: checkout, file, load average (1 min)
 * before the run, peak RSS of the largest process (GNU time's %M), user and
 * system CPU of the whole tree, wall time, kept pairs.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const rounds = Number(option('--rounds', '2'));
const workers = option('--workers', '2');
const tgt = option('--tgt', 'en');
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
const [rootA, rootB, ...files] = positional;
if (!rootA || !rootB || !files.length) throw new Error('usage: small-fit.ts ROOT_A ROOT_B [--rounds R] [--workers W] [--tgt LANG] FILE…');

interface Run { rssMB: number; userS: number; sysS: number; wallS: number; kept: number }

/** One `silkloom clean` of `file` from checkout `root`, under GNU time. */
function clean(root: string, file: string): Run {
  const out = `${file}.small-fit.${process.pid}.out`;
  const bin = join(root, 'packages/cli/bin/silkloom.js');
  const p = spawnSync('/usr/bin/time', ['-f', 'time %M %U %S %e', process.execPath, bin, 'clean', '--in', file, '--src', 'zh-Hans', '--tgt', tgt, '--out', out, '--rejected', `${out}.rejected`, '--workers', workers, '--json', '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const time = /time (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(p.stderr);
  if (p.status !== 0 || !time) throw new Error(p.stderr);
  const { kept } = JSON.parse(p.stdout) as { kept: number };
  for (const f of [out, `${out}.rejected`, `${out}.manifest.json`]) rmSync(f, { force: true });
  return { rssMB: Number(time[1]) / 1024, userS: Number(time[2]), sysS: Number(time[3]), wallS: Number(time[4]), kept };
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
console.log('checkout  file  pairs  load  peak MB  user s  sys s  wall s  kept');
for (let r = 0; r < rounds; r++) {
  for (const file of files) {
    const order = r % 2 ? [rootB, rootA] : [rootA, rootB];
    for (const root of order) {
      const load = loadavg()[0]!.toFixed(1);
      const x = clean(root, file);
      console.log([basename(root), basename(file), lines(file), load, x.rssMB.toFixed(0), x.userS.toFixed(1), x.sysS.toFixed(1), x.wallS.toFixed(1), x.kept].join('  '));
    }
  }
}
