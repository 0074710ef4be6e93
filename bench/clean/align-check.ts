/**
 * CPU of the alignment step for two or more checkouts loaded in this
 * process, so that they see the same load on a shared machine: the fit on
 * the first 3,000 pairs (in this thread, every checkout's fit in turn, once
 * uncounted — each checkout's code is compiled apart — then FITS times), then the check of the remaining pairs as the runner does it
 * (`prepare` on a chunk, then `check` of each pair), alternating slices of
 * 1,000 pairs between the checkouts (the order turned every slice). The
 * results of every checkout are compared with the first one's.
 *
 *   node --import tsx bench/clean/align-check.ts FILE PAIRS TGT FITS ROOT ROOT [ROOT …]
 *
 * FILE is a zh-Hans → TGT TSV (e.g. the bench's `--in` file).
 */
import { readFileSync } from 'node:fs';

const [file, n, tgt, fits, ...roots] = process.argv.slice(2);
if (!file || !n || !tgt || !fits || roots.length < 2) throw new Error('usage: align-check.ts FILE PAIRS TGT FITS ROOT ROOT [ROOT …]');
const pairs = readFileSync(file, 'utf8').split('\n').slice(0, Number(n)).filter(Boolean).map((l) => {
  const tab = l.indexOf('\t');
  return { src: l.slice(0, tab), tgt: l.slice(tab + 1) };
});
const FIT_PAIRS = 3000;
const SLICE = 1000;
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each root is its own copy of the packages
type Filter = any;
const checkouts: Array<{ root: string; fit: () => Promise<unknown>; create: (state: unknown) => Filter; measures: () => unknown }> = [];
for (const root of roots) {
  const steps = await import(`${root}/packages/steps/src/index.ts`);
  const { contextOf, planOf } = await import(`${root}/packages/steps/src/runner/build-steps.ts`);
  const { PairMeasures } = await import(`${root}/packages/steps/src/pair-measures.ts`);
  const plan = planOf(steps.resolvePipeline(steps.defaultPipeline('zh-Hans', tgt)), 'zh-Hans', tgt);
  const ctx = contextOf(plan);
  const options = plan.steps.find((s: { name: string }) => s.name === 'alignment')!.options;
  checkouts.push({
    root,
    fit: () => steps.alignmentFilter.fit.fit(pairs.slice(0, FIT_PAIRS), options, ctx),
    create: (state) => steps.alignmentFilter.create(options, ctx, state),
    measures: () => new PairMeasures(),
  });
}

const fitSpent = checkouts.map(() => 0);
const states: unknown[] = [];
for (let round = 0; round <= Number(fits); round++) {
  const order = checkouts.map((_, i) => (round % 2 ? checkouts.length - 1 - i : i));
  for (const i of order) {
    const t0 = cpu();
    states[i] = await checkouts[i]!.fit();
    if (round > 0) fitSpent[i]! += cpu() - t0;
  }
}
const filters = checkouts.map((c, i) => c.create(states[i]));

const spent = checkouts.map(() => 0);
let checked = 0;
let differ = 0;
for (let s = 0, from = FIT_PAIRS; from < pairs.length; s++, from += SLICE) {
  const order = checkouts.map((_, i) => (s % 2 ? checkouts.length - 1 - i : i));
  const results: string[][] = [];
  for (const i of order) {
    const chunk = pairs.slice(from, from + SLICE).map((p) => ({ ...p, measures: checkouts[i]!.measures() }));
    const t0 = cpu();
    filters[i].prepare(chunk);
    const out = chunk.map((p) => filters[i].check(p));
    spent[i]! += cpu() - t0;
    results[i] = out.map((r) => JSON.stringify(r));
  }
  checked += results[0]!.length;
  for (let i = 1; i < checkouts.length; i++) differ += results[i]!.filter((r, k) => r !== results[0]![k]).length;
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
for (let i = 0; i < checkouts.length; i++) {
  const fitMs = fitSpent[i]! / Number(fits) / 1000, perPair = spent[i]! / checked;
  const ratio = i ? ` (${(fitSpent[i]! / fitSpent[0]!).toFixed(3)}×, check ${(spent[i]! / spent[0]!).toFixed(3)}×)` : '';
  console.log(`${checkouts[i]!.root}: fit ${fitMs.toFixed(0)} ms CPU, check ${perPair.toFixed(1)} µs CPU/pair${ratio}`);
}
console.log(`${checked} pairs checked, results differing from the first checkout's: ${differ}; load ${load}`);
